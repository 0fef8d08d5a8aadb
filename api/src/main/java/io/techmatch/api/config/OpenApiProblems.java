package io.techmatch.api.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes every operation of the OpenAPI document with what the code answers but springdoc cannot see: the
 * problem+json errors (401 and 429 from the key filter, 400 for bad parameters or bodies, 404 for unknown ids, 413
 * for oversized bodies, 500, and the 403s declared on the controllers), and the examples kept in
 * {@code /openapi/examples/<operationId>-request.json|.ndjson|.multipart.json} and {@code -response.json}.
 */
final class OpenApiProblems implements OpenApiCustomizer {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String EXAMPLES = "/openapi/examples/";
    private static final Map<String, String> STANDARD = new LinkedHashMap<>();

    static {
        STANDARD.put("400", "invalid parameters or body; errors lists each bad field");
        STANDARD.put("401", "the X-API-Key header is missing or unknown");
        STANDARD.put("403", "the key's role may not do this");
        STANDARD.put("404", "no such resource, or a confidential need the caller may not see");
        STANDARD.put("413", "the request body exceeds the size limit");
        STANDARD.put("429", "this key's rate limit is used up; retry after the Retry-After seconds");
        STANDARD.put("500", "an unexpected failure; it was logged, the body carries no internals");
    }

    private final ObjectMapper json;

    OpenApiProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void customise(OpenAPI api) {
        ResolvedSchema problem = ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(Problem.class));
        problem.referencedSchemas.forEach(api.getComponents()::addSchemas);
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(item -> item.readOperations().forEach(this::complete));
    }

    private void complete(Operation op) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        boolean body = op.getRequestBody() != null;
        boolean params = op.getParameters() != null && !op.getParameters().isEmpty();
        boolean pathParams = params && op.getParameters().stream().map(Parameter::getIn).anyMatch("path"::equals);
        addIfMissing(responses, "401");
        addIfMissing(responses, "429");
        addIfMissing(responses, "500");
        if (body || params) {
            addIfMissing(responses, "400");
        }
        if (body) {
            addIfMissing(responses, "413");
        }
        if (pathParams) {
            addIfMissing(responses, "404");
        }
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    response.setDescription(STANDARD.getOrDefault(code, "error"));
                }
                response.setContent(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
            }
        });
        examples(op);
    }

    private static void addIfMissing(ApiResponses responses, String code) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(STANDARD.get(code)));
        }
    }

    private void examples(Operation op) {
        String id = op.getOperationId();
        if (id == null) {
            return;
        }
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            op.getRequestBody().getContent().forEach((type, media) -> {
                // JSON bodies and multipart forms as parsed JSON; line-based bodies as their text
                String suffix = type.startsWith("multipart/") ? "-request.multipart.json"
                        : type.contains("json") && !type.contains("ndjson") ? "-request.json" : "-request.ndjson";
                String example = resource(id + suffix);
                if (example != null) {
                    media.setExample(suffix.endsWith(".json") ? parsed(example, id) : example);
                }
            });
        }
        String response = resource(id + "-response.json");
        if (response != null) {
            op.getResponses().forEach((code, r) -> {
                if (code.startsWith("2") && r.getContent() != null) {
                    r.getContent().values().forEach(media -> media.setExample(parsed(response, id)));
                }
            });
        }
    }

    private Object parsed(String example, String id) {
        try {
            return json.readValue(example, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("OpenAPI example of " + id + " is not JSON", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = OpenApiProblems.class.getResourceAsStream(EXAMPLES + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
