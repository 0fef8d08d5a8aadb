package io.techmatch.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.api.ApiIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Fuzzes the HTTP API with {@code techmatch.fuzz.api.count} (default 10,000) generated malformed requests from a
 * printed seed ({@code techmatch.fuzz.seed}, default random): no 5xx, every rejection a problem+json with a detail
 * and no internals, and the graph the requests tried to inject into still intact.
 */
class ApiFuzzIT extends ApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEYS = List.of(BROKER, BROKER, BROKER, ENTERPRISE_A, PLATFORM);

    @LocalServerPort
    int port;

    @Test
    void malformedRequestsAreRejectedWithAnExplainedProblemAndNever5xx() throws Exception {
        int count = Integer.getInteger("techmatch.fuzz.api.count", 10_000);
        long seed = Long.getLong("techmatch.fuzz.seed", System.nanoTime());
        System.out.printf("API FUZZ seed=%d count=%d (rerun with -Dtechmatch.fuzz.seed=%d)%n", seed, count, seed);
        long nodesBefore = count("MATCH (n) WHERE NOT n:Need RETURN count(n)", Map.of());
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Iterator<ApiFuzzInputs.Request> inputs = ApiFuzzInputs.stream(seed);
        java.util.Random keys = new java.util.Random(seed);
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, long[]> costByKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count && failures.size() < 20; i++) {
            ApiFuzzInputs.Request request = inputs.next();
            long sent = System.nanoTime();
            HttpResponse<String> response = client.send(build(request, KEYS.get(keys.nextInt(KEYS.size()))),
                    HttpResponse.BodyHandlers.ofString());
            long[] cost = costByKind.computeIfAbsent(request.what().replaceAll(":.*", "") + " " + response.statusCode(),
                    k -> new long[2]);
            cost[0]++;
            cost[1] += System.nanoTime() - sent;
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String problem = check(response);
            if (problem != null) {
                failures.add("#" + i + " " + request.what() + " " + abbreviate(request.path()) + " -> "
                        + response.statusCode() + " " + problem + ": " + abbreviate(response.body()));
            }
        }
        System.out.printf("API FUZZ %d requests in %.1f s, statuses %s%n", count,
                (System.nanoTime() - started) / 1e9, statuses);
        costByKind.forEach((kind, cost) -> System.out.printf("API FUZZ   %-60s n=%5d mean=%6.1f ms%n", kind, cost[0],
                cost[1] / 1e6 / cost[0]));
        assertThat(failures).as("seed %d", seed).isEmpty();
        // nothing the injection attempts carried reached the graph as Cypher: all non-need nodes are still there
        assertThat(count("MATCH (n) WHERE NOT n:Need RETURN count(n)", Map.of())).isEqualTo(nodesBefore);
        assertThat(count("MATCH (n:Need {id: 'NEED-PUB'}) RETURN count(n)", Map.of())).isEqualTo(1);
    }

    /**
     * Requests no HTTP client library sends: malformed percent-encodings, raw non-ASCII and control bytes in the
     * request line, an over-long request line. Some are refused by Tomcat before Spring sees them.
     */
    @Test
    void rawMalformedRequestLinesAreRejectedWithout5xx() throws Exception {
        List<String> targets = List.of("/api/v1/needs/%zz", "/api/v1/needs?q=%zz&size=%", "/api/v1/needs/%",
                "/api/v1/needs/%E9%94", "/api/v1/search?q=%C3%28", "/api/v1/needs/NEED-PUB%00",
                "/api/v1/needs/\u9502", "/api/v1/needs/a|b", "/api/v1/needs/{id}", "/api/v1/needs/a\"b",
                "/api/v1/search?q=" + "x".repeat(20_000), "/api/v1/needs/" + "%41".repeat(3_000),
                "/api/v1/../../etc/passwd", "/api/v1/needs/..%2F..%2Fetc", "/api/v1/needs/%2e%2e");
        List<String> failures = new ArrayList<>();
        for (String target : targets) {
            String[] answer = RawHttp.get("127.0.0.1", port, target, BROKER);
            int status = Integer.parseInt(answer[0]);
            String contentType = answer[1];
            System.out.printf("API FUZZ raw %s -> %d %s%n", abbreviate(target), status, contentType);
            if (status >= 500) {
                failures.add(abbreviate(target) + " -> " + status);
            }
        }
        assertThat(failures).isEmpty();
    }

    private HttpRequest build(ApiFuzzInputs.Request request, String key) {
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.path()))
                .timeout(Duration.ofSeconds(60)).header("X-API-Key", key).method(request.method(), body);
        if (request.contentType() != null && !request.contentType().isEmpty()) {
            builder.header("Content-Type", request.contentType());
        }
        return builder.build();
    }

    /** What is wrong with the response, or null. */
    private static String check(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "server error";
        }
        if (status < 400) {
            if (status >= 200 && status < 300 && !parses(response.body())) {
                return "2xx body is not JSON";
            }
            return unexplainedImportRejection(response.body());
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "rejection is not problem+json (" + type + ")";
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (Exception e) {
            return "problem body is not JSON";
        }
        if (body.path("status").asInt() != status || body.path("title").asText().isBlank()) {
            return "problem without status/title";
        }
        if (body.path("detail").asText().isBlank()) {
            return "problem without detail";
        }
        if (response.body().contains("Exception") || response.body().contains("\tat ")
                || response.body().contains("org.neo4j") || response.body().contains("\"trace\"")) {
            return "problem leaks internals";
        }
        return null;
    }

    /** An import answers 200 with each rejected line and its reason; a rejection without one is a failure. */
    private static String unexplainedImportRejection(String body) {
        try {
            for (JsonNode rejected : JSON.readTree(body).path("rejected")) {
                if (rejected.path("line").asInt() < 1 || rejected.path("reason").asText().isBlank()) {
                    return "import rejection without line or reason: " + rejected;
                }
            }
            return null;
        } catch (Exception e) {
            return "2xx body is not JSON";
        }
    }

    private static boolean parses(String body) {
        try {
            JSON.readTree(body);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : s.length() <= 300 ? s : s.substring(0, 300) + "…(" + s.length() + " chars)";
    }
}
