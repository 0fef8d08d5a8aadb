package io.techmatch.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.TestGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as the README runs it: default (demo) profile on an empty graph, so it loads the demo dataset,
 * indexes it, and serves it with the demo keys.
 */
// its own context (demo profile): closed after the class so its embedded Neo4j does not stay in the test JVM
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoStartupIT {
    private static final Path DATA = TestGraph.newTempDir("techmatch-demo-it");

    @DynamicPropertySource
    static void graph(DynamicPropertyRegistry registry) {
        registry.add("techmatch.neo4j.uri", () -> "");
        registry.add("techmatch.neo4j.data-dir", () -> DATA.resolve("neo4j").toString());
        registry.add("techmatch.neo4j.bolt-port", () -> "0");
        registry.add("techmatch.index.dir", () -> DATA.resolve("index").toString());
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    GraphConnection graph;

    private ResponseEntity<String> get(String path, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", key);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Test
    void theDemoDatasetIsLoadedIndexedAndServedWithTheDemoKeys() {
        long needs = TestGraph.count(graph, "MATCH (n:Need) RETURN count(n)", Map.of());
        assertThat(needs).isPositive();
        String health = http.getForEntity("/actuator/health", String.class).getBody();
        assertThat((String) JsonPath.read(health, "$.status")).isEqualTo("UP");
        assertThat((Integer) JsonPath.read(health, "$.components.evidenceIndex.details.documents")).isPositive();

        ResponseEntity<String> list = get("/api/v1/needs?size=100", "demo-broker-key");
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((Number) JsonPath.read(list.getBody(), "$.total")).longValue()).isEqualTo(needs);

        // the demo enterprise key belongs to the organization that posted the first demo need
        long posted = TestGraph.count(graph, "MATCH (o:Organization {id: 'ORG-e88fb732dddb'})-[:POSTED]->"
                + "(:Need {id: 'NEED-D001'}) RETURN count(o)", Map.of());
        assertThat(posted).isEqualTo(1);
        ResponseEntity<String> matches = get("/api/v1/needs/NEED-D001/matches", "demo-enterprise-key");
        assertThat(matches.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<String>) JsonPath.read(matches.getBody(), "$.items[*].orgId")).isNotEmpty();

        assertThat(get("/api/v1/needs/NEED-D001/matches", "demo-platform-key").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/api/v1/needs", "wrong-key").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
