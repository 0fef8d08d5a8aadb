package io.techmatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The running application: health, metrics, OpenAPI, and the graph answering over Bolt. */
class BootstrapIT extends ApiIT {

    @Test
    void healthIsUpWithTheNeo4jComponent() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((String) JsonPath.read(health.getBody(), "$.status")).isEqualTo("UP");
        assertThat((String) JsonPath.read(health.getBody(), "$.components.neo4j.status")).isEqualTo("UP");
    }

    @Test
    void theGraphAnswersACypherCountOverBolt() {
        assertThat(graph.uri()).startsWith("bolt://");
        // a second, independent driver proves the graph is served over Bolt, not only in-process
        try (Driver driver = GraphDatabase.driver(graph.uri(), AuthTokens.none());
             var session = driver.session()) {
            long needs = session.run("MATCH (n:Need) RETURN count(n) AS c").single().get("c").asLong();
            assertThat(needs).isEqualTo(count("MATCH (n:Need) RETURN count(n)", Map.of())).isEqualTo(5);
        }
    }

    @Test
    void prometheusServesMetrics() {
        get("/api/v1/needs", BROKER);
        ResponseEntity<String> metrics = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("http_server_requests_seconds_count").contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentDescribesTheApiAndItsKeyScheme() {
        ResponseEntity<String> doc = http.getForEntity("/v3/api-docs", String.class);
        assertThat(doc.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> paths = JsonPath.read(doc.getBody(), "$.paths");
        assertThat(paths).containsKeys("/api/v1/needs", "/api/v1/needs/{id}", "/api/v1/needs/import",
                "/api/v1/needs/{id}/matches/{orgId}/feedback", "/api/v1/orgs/{id}", "/api/v1/paths");
        assertThat((String) JsonPath.read(doc.getBody(), "$.components.securitySchemes.apiKey.name"))
                .isEqualTo("X-API-Key");
        // the caller is resolved from the header, never a request parameter
        assertThat(doc.getBody()).doesNotContain("\"caller\"");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
