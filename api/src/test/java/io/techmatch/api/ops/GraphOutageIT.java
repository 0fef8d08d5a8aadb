package io.techmatch.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.api.TechmatchApplication;
import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphSettings;
import io.techmatch.core.graph.TestGraph;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database goes away while the application serves, then comes back. The application reaches its graph as an
 * external server (NEO4J_URI) that this test owns: an embedded DBMS on a fixed loopback port, stopped and started
 * again in the same data directory. While it is down, requests that need the graph are answered with 503
 * problem+json and health is DOWN, search keeps working from the Lucene index; once it is back the same application
 * serves again with no restart. Latencies are printed (OUTAGE lines) for docs/operations.md, never asserted.
 */
class GraphOutageIT {
    private static final String BROKER = "test-broker-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> GRAPH_REQUESTS = List.of(
            "/api/v1/needs/NEED-PUB/matches",
            "/api/v1/needs/NEED-PUB/matches/ORG-U/explanation",
            "/api/v1/needs?size=5",
            "/api/v1/needs/NEED-PUB",
            "/api/v1/orgs/ORG-U",
            "/api/v1/paths?from=ORG-U&to=NEED-PUB");

    private static Path dir;
    private static int boltPort;
    private static GraphConnection database;
    private static ConfigurableApplicationContext app;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        dir = TestGraph.newTempDir("techmatch-outage-it");
        boltPort = freePort();
        database = startDatabase();
        TestGraph.loadFixture(database, "/fixtures/api.cypher");
        String[] args = Map.of(
                        "spring.profiles.active", "test",
                        "server.port", "0",
                        "techmatch.neo4j.uri", "bolt://127.0.0.1:" + boltPort,
                        "techmatch.neo4j.data-dir", dir.resolve("unused").toString(),
                        "techmatch.index.dir", dir.resolve("index").toString())
                .entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        // the application's own defaults for the timeouts (application.yml) are what is under test
        app = new SpringApplicationBuilder(TechmatchApplication.class).run(args);
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
        TestGraph.deleteRecursively(dir);
    }

    @Test
    void requestsFailFastWith503WhileTheGraphIsDownAndTheServiceRecoversByItself() throws Exception {
        for (String path : GRAPH_REQUESTS) {
            assertThat(get(path).statusCode()).as("before the outage: %s", path).isEqualTo(200);
        }
        assertThat(health().path("status").asText()).isEqualTo("UP");

        database.close();
        database = null;

        List<Long> downMillis = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String path : GRAPH_REQUESTS) {
                long started = System.nanoTime();
                HttpResponse<String> response = get(path);
                downMillis.add((System.nanoTime() - started) / 1_000_000);
                assertThat(response.statusCode()).as("while down: %s -> %s", path, response.body()).isEqualTo(503);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
                JsonNode problem = JSON.readTree(response.body());
                assertThat(problem.path("status").asInt()).isEqualTo(503);
                assertThat(problem.path("type").asText()).isEqualTo("urn:techmatch:problem:graph-unavailable");
                assertThat(problem.path("title").asText()).isNotBlank();
                assertThat(problem.path("detail").asText()).contains("graph");
                assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.")
                        .doesNotContain("org.neo4j");
            }
        }
        HttpResponse<String> healthDown = http.send(request("/actuator/health"), HttpResponse.BodyHandlers.ofString());
        assertThat(healthDown.statusCode()).isEqualTo(503);
        JsonNode healthBody = JSON.readTree(healthDown.body());
        assertThat(healthBody.path("status").asText()).isEqualTo("DOWN");
        assertThat(healthBody.path("components").path("neo4j").path("status").asText()).isEqualTo("DOWN");
        assertThat(healthBody.path("components").path("evidenceIndex").path("status").asText()).isEqualTo("UP");
        // search is answered from the Lucene index alone and keeps working
        HttpResponse<String> search = get("/api/v1/search?q=" + URLEncoder.encode("隔膜", StandardCharsets.UTF_8));
        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        assertThat(JSON.readTree(search.body()).path("items").size()).isPositive();

        // A server that accepts connections and never answers (a hung host): the configured connect and
        // acquisition timeouts bound the wait, the answer is the same 503.
        List<Long> hungMillis = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket()) {
            silent.setReuseAddress(true);
            silent.bind(new InetSocketAddress("127.0.0.1", boltPort), 100);
            for (String path : List.of(GRAPH_REQUESTS.get(0), GRAPH_REQUESTS.get(2), GRAPH_REQUESTS.get(4))) {
                long started = System.nanoTime();
                HttpResponse<String> response = get(path);
                hungMillis.add((System.nanoTime() - started) / 1_000_000);
                assertThat(response.statusCode()).as("hung server: %s -> %s", path, response.body()).isEqualTo(503);
                assertThat(JSON.readTree(response.body()).path("type").asText())
                        .isEqualTo("urn:techmatch:problem:graph-unavailable");
            }
        }
        hungMillis.sort(null);

        long restartStarted = System.nanoTime();
        database = startDatabase();
        long restartedAt = System.nanoTime();
        int attempts = 0;
        int status;
        do {
            attempts++;
            status = get(GRAPH_REQUESTS.get(0)).statusCode();
            assertThat(status).as("during recovery every answer is 200 or 503").isIn(200, 503);
            if (status != 200) {
                Thread.sleep(50);
            }
        } while (status != 200 && attempts < 1_200);
        long recoveredAt = System.nanoTime();
        assertThat(status).as("recovered within %d attempts", attempts).isEqualTo(200);
        for (String path : GRAPH_REQUESTS) {
            assertThat(get(path).statusCode()).as("after recovery: %s", path).isEqualTo(200);
        }
        assertThat(health().path("status").asText()).isEqualTo("UP");

        downMillis.sort(null);
        System.out.printf(Locale.ROOT, "OUTAGE requests while down: n=%d, p50=%d ms, max=%d ms (load average %.2f)%n",
                downMillis.size(), downMillis.get(downMillis.size() / 2), downMillis.get(downMillis.size() - 1),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "OUTAGE requests against a server that never answers: n=%d, min=%d ms, "
                + "max=%d ms%n", hungMillis.size(), hungMillis.get(0), hungMillis.get(hungMillis.size() - 1));
        System.out.printf(Locale.ROOT, "OUTAGE database restart took %d ms; first 200 %d ms after it was up "
                        + "(%d attempts, 50 ms apart)%n", (restartedAt - restartStarted) / 1_000_000,
                (recoveredAt - restartedAt) / 1_000_000, attempts);
    }

    private static GraphConnection startDatabase() {
        return GraphConnection.open(GraphSettings.embedded(dir.resolve("neo4j"), boltPort));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-API-Key", BROKER)
                .timeout(Duration.ofSeconds(60)).GET().build();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode health() throws IOException, InterruptedException {
        return JSON.readTree(get("/actuator/health").body());
    }
}
