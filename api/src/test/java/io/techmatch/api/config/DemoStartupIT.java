package io.techmatch.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.techmatch.api.DemoAppIT;
import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.TestGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The application as the README runs it: default (demo) profile on an empty graph, so it loads the demo dataset,
 * indexes it (dense vectors included), and serves it with the demo keys.
 */
class DemoStartupIT extends DemoAppIT {

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
        Integer documents = JsonPath.read(health, "$.components.evidenceIndex.details.documents");
        assertThat(documents).isPositive();
        assertThat((Integer) JsonPath.read(health, "$.components.evidenceIndex.details.denseVectors"))
                .as("the README's run command embeds every document").isEqualTo(documents);

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
