package io.techmatch.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.api.ApiIT;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A platform must be able to integrate from the OpenAPI document alone: every operation has an id and a summary,
 * typed request and response schemas (no schemaless objects), every problem+json error it can answer, and examples
 * for the bodies a platform sends and the main ones it reads. Each rule lists all offending operations at once.
 */
class OpenApiDocIT extends ApiIT {
    private static final String PROBLEM = "application/problem+json";
    /** Operations a caller's role or ownership can refuse (403), as the controllers enforce it. */
    private static final Set<String> ROLE_RESTRICTED = Set.of("createNeed", "updateNeed", "closeNeed", "importNeeds",
            "matchNeed", "explainMatch", "buildConsortium", "recordFeedback", "listFeedback");
    /** Responses a platform reads most; their examples show what real data looks like. */
    private static final Set<String> EXAMPLE_RESPONSES = Set.of("listNeeds", "getNeed", "matchNeed", "matchText",
            "explainMatch", "buildConsortium", "reverseFromAchievement", "searchEvidence", "getOrganization",
            "findPaths");

    private JsonNode doc;
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void loadDocument() throws Exception {
        ResponseEntity<String> response = get("/v3/api-docs", null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        doc = new ObjectMapper().readTree(response.getBody());
    }

    private record Op(String method, String path, JsonNode node) {
        String id() {
            return node.path("operationId").asText("");
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + id() + ")";
        }
    }

    private List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields()
                .forEachRemaining(m -> ops.add(new Op(m.getKey(), p.getKey(), m.getValue()))));
        return ops;
    }

    private void require(boolean ok, Op op, String what) {
        if (!ok) {
            problems.add(op + ": " + what);
        }
    }

    @Test
    void theDocumentCoversTheWholeApi() {
        List<String> paths = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/v1/needs", "/api/v1/needs/{id}", "/api/v1/needs/import", "/api/v1/match",
                "/api/v1/needs/{id}/matches", "/api/v1/needs/{id}/matches/{orgId}/explanation",
                "/api/v1/needs/{id}/consortia", "/api/v1/achievements/{id}/needs", "/api/v1/orgs/{id}",
                "/api/v1/paths", "/api/v1/search", "/api/v1/needs/{id}/matches/{orgId}/feedback");
        assertThat(doc.at("/components/securitySchemes/apiKey/name").asText()).isEqualTo("X-API-Key");
        assertThat(operations()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void everyOperationHasAUniqueIdAndASummary() {
        Set<String> seen = new HashSet<>();
        for (Op op : operations()) {
            require(op.id().matches("[a-z][A-Za-z]+"), op, "operationId is not a readable name");
            require(seen.add(op.id()), op, "operationId is not unique");
            require(!op.node.path("summary").asText("").isBlank(), op, "no summary");
            require(!op.node.path("tags").isEmpty(), op, "no tag");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBodyHasATypedSchemaAndRequestBodiesHaveExamples() {
        for (Op op : operations()) {
            JsonNode request = op.node.path("requestBody");
            if (!request.isMissingNode()) {
                require(request.path("content").size() > 0, op, "request body without content");
                request.path("content").fields().forEachRemaining(media -> {
                    require(typed(media.getValue().path("schema")), op, "untyped request schema " + media.getKey());
                    require(hasExample(media.getValue()), op, "no request example for " + media.getKey());
                });
            }
            JsonNode success = success(op);
            require(success != null, op, "no 2xx response");
            if (success != null) {
                JsonNode content = success.path("content");
                require(content.has("application/json"), op, "2xx is not application/json: " + content.fieldNames());
                content.fields().forEachRemaining(media -> {
                    require(typed(media.getValue().path("schema")), op, "untyped response schema " + media.getKey());
                    if (EXAMPLE_RESPONSES.contains(op.id())) {
                        require(hasExample(media.getValue()), op, "no response example");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyOperationDocumentsItsProblemResponses() {
        Set<String> restrictedSeen = new HashSet<>();
        for (Op op : operations()) {
            Set<String> codes = new HashSet<>(List.of("401", "429", "500"));
            boolean body = op.node.has("requestBody");
            boolean params = op.node.path("parameters").size() > 0;
            if (body || params) {
                codes.add("400");
            }
            if (body) {
                codes.add("413");
            }
            boolean pathParams = false;
            for (JsonNode p : op.node.path("parameters")) {
                pathParams |= "path".equals(p.path("in").asText());
            }
            if (pathParams) {
                codes.add("404");
            }
            if (ROLE_RESTRICTED.contains(op.id())) {
                codes.add("403");
                restrictedSeen.add(op.id());
            }
            JsonNode responses = op.node.path("responses");
            for (String code : codes) {
                require(responses.has(code), op, "no " + code + " response");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> r = it.next();
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    JsonNode media = r.getValue().path("content").path(PROBLEM);
                    require(!media.isMissingNode(), op, r.getKey() + " is not " + PROBLEM);
                    require(media.path("schema").path("$ref").asText().endsWith("/Problem"), op,
                            r.getKey() + " does not use the Problem schema");
                    require(!r.getValue().path("description").asText("").isBlank(), op, r.getKey() + " undescribed");
                }
            }
        }
        assertThat(restrictedSeen).as("the role-restricted operations exist under these ids")
                .containsExactlyInAnyOrderElementsOf(ROLE_RESTRICTED);
        JsonNode problem = doc.at("/components/schemas/Problem/properties");
        assertThat(problem.fieldNames()).toIterable().contains("type", "title", "status", "detail", "errors");
        assertThat(problems).isEmpty();
    }

    private static JsonNode success(Op op) {
        for (Iterator<Map.Entry<String, JsonNode>> it = op.node.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> r = it.next();
            if (r.getKey().startsWith("2")) {
                return r.getValue();
            }
        }
        return null;
    }

    private static boolean hasExample(JsonNode media) {
        return media.has("example") || media.path("examples").size() > 0;
    }

    /** A $ref to a component with properties, an array of typed items, or a scalar: never a bare object. */
    private boolean typed(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            JsonNode target = doc.path("components").path("schemas").path(name);
            return !target.isMissingNode() && (target.has("properties") || !"object".equals(target.path("type").asText()));
        }
        String type = schema.path("type").asText("");
        if ("array".equals(type)) {
            return typed(schema.path("items"));
        }
        if ("object".equals(type)) {
            return schema.has("properties");
        }
        return !type.isEmpty();
    }
}
