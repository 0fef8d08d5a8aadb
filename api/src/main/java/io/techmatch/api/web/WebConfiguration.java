package io.techmatch.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.api.config.TechmatchProperties;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The request pipeline in front of the controllers: body size limit, then CORS (so preflights and errors carry
 * CORS headers), then API key and rate limit. Controllers receive the {@link ApiCaller} as a parameter.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TechmatchProperties.class)
public class WebConfiguration implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(TechmatchProperties properties, ObjectMapper mapper) {
        var registration = new FilterRegistrationBean<>(
                new RequestSizeFilter(properties.limits().maxRequestBytes(), new ProblemWriter(mapper)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(TechmatchProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.cors().allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "OPTIONS"));
        cors.setAllowedHeaders(List.of(ApiKeyFilter.HEADER, "Content-Type", "Accept"));
        cors.setExposedHeaders(List.of("Retry-After", "X-RateLimit-Remaining"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        var registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(TechmatchProperties properties, ObjectMapper mapper) {
        var registration = new FilterRegistrationBean<>(
                new ApiKeyFilter(new ApiKeys(properties.security()), new ProblemWriter(mapper)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerResolver());
    }

    /** Hands the caller that {@link ApiKeyFilter} resolved to controller methods. */
    private static final class CallerResolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == ApiCaller.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                      WebDataBinderFactory binderFactory) {
            Object caller = request.getAttribute(ApiKeyFilter.CALLER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            if (caller == null) {
                throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing " + ApiKeyFilter.HEADER);
            }
            return caller;
        }
    }
}
