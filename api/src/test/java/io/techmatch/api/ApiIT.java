package io.techmatch.api;

import io.techmatch.core.graph.CypherResource;
import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphSettings;
import io.techmatch.api.index.EvidenceIndexService;
import io.techmatch.core.graph.TestGraph;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the full-stack ITs: the whole application on a random port over an embedded Neo4j in a temporary
 * directory (Bolt on a free port), with the test profile's API keys and the fixture graph loaded before each test.
 * All subclasses share one application context, so one embedded graph per test JVM.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApiIT {
    public static final String BROKER = "test-broker-key";
    public static final String ENTERPRISE_A = "test-enterprise-a-key";
    public static final String ENTERPRISE_B = "test-enterprise-b-key";
    public static final String PLATFORM = "test-platform-key";
    public static final String SLOW = "test-slow-key";

    private static final Path DATA = TestGraph.newTempDir("techmatch-api-it");

    static {
        // deleted once Spring has closed the (cached, shared) context at JVM exit
        SpringApplication.getShutdownHandlers().add(() -> TestGraph.deleteRecursively(DATA));
        // The fixture is in the graph before the application starts, as a loaded dataset would be: the matcher
        // reads the region hierarchy once at start.
        try (GraphConnection seed = GraphConnection.open(GraphSettings.embedded(DATA.resolve("neo4j"), 0))) {
            TestGraph.loadFixture(seed, "/fixtures/api.cypher");
        }
    }

    @DynamicPropertySource
    static void graph(DynamicPropertyRegistry registry) {
        registry.add("techmatch.neo4j.uri", () -> "");
        registry.add("techmatch.neo4j.data-dir", () -> DATA.resolve("neo4j").toString());
        registry.add("techmatch.neo4j.bolt-port", () -> "0");
        registry.add("techmatch.index.dir", () -> DATA.resolve("index").toString());
    }

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected GraphConnection graph;

    @Autowired
    protected EvidenceIndexService index;

    /** A fresh fixture for each test, and the evidence index rebuilt from it (tests add and change needs). */
    @BeforeEach
    void loadFixture() {
        TestGraph.loadFixture(graph, "/fixtures/api.cypher");
        index.rebuild();
    }

    /** {@code path} may hold URI template variables, filled (and encoded) from {@code vars}. */
    protected ResponseEntity<String> call(HttpMethod method, String path, String key, Object body, Object... vars) {
        HttpHeaders headers = new HttpHeaders();
        if (key != null) {
            headers.set("X-API-Key", key);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class, vars);
    }

    protected ResponseEntity<String> get(String path, String key, Object... vars) {
        return call(HttpMethod.GET, path, key, null, vars);
    }

    protected ResponseEntity<String> post(String path, String key, Object body) {
        return call(HttpMethod.POST, path, key, body);
    }

    protected long count(String cypher, Map<String, Object> params) {
        return TestGraph.count(graph, cypher, params);
    }

    protected void run(String cypher, Map<String, Object> params) {
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            session.run(cypher, params).consume();
        }
    }

    static String cypher(String resource) {
        return CypherResource.load(resource);
    }

    public static void assertProblem(ResponseEntity<String> response, org.springframework.http.HttpStatus status) {
        org.assertj.core.api.Assertions.assertThat(response.getStatusCode()).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(response.getHeaders().getContentType()
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        org.assertj.core.api.Assertions.assertThat((Integer) com.jayway.jsonpath.JsonPath.read(response.getBody(),
                "$.status")).isEqualTo(status.value());
        org.assertj.core.api.Assertions.assertThat((String) com.jayway.jsonpath.JsonPath.read(response.getBody(),
                "$.title")).isNotBlank();
        org.assertj.core.api.Assertions.assertThat(response.getBody()).doesNotContain("Exception")
                .doesNotContain("\"trace\"");
    }
}
