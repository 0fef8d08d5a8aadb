package io.techmatch.api.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.techmatch.api.web.ApiCaller;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs: API key security, and the caller parameter hidden (it comes from a header). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ApiCaller.class);
    }

    @Bean
    OpenAPI techmatchOpenApi() {
        return new OpenAPI()
                .info(new Info().title("techmatch API").version("v1").description(
                        "Technology-transfer matchmaking for the Yangtze River Delta. Authenticate with the X-API-Key "
                                + "header; errors are RFC 9457 problem+json; lists are paged (page from 0, size <= 100)."))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }

    @Bean
    OpenApiCustomizer problemResponsesAndExamples(ObjectMapper json) {
        return new OpenApiProblems(json);
    }
}
