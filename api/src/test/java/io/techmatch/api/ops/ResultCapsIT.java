package io.techmatch.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.techmatch.api.ApiIT;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * No single request can make the service hold an unbounded result: every size, limit, page, path length, query text
 * and body has a maximum, and one past it is refused with 400 (or 413 for bodies) problem+json saying why. One
 * request exactly at each maximum is accepted, so the caps are where this test says.
 */
class ResultCapsIT extends ApiIT {

    private static void assertRefused(ResponseEntity<String> response, HttpStatus status) {
        assertProblem(response, status);
        assertThat((String) JsonPath.read(response.getBody(), "$.detail")).isNotBlank();
    }

    @Test
    void pageSizesAndLimitsAreCappedAt100() {
        assertThat(get("/api/v1/needs?size=100", BROKER).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertRefused(get("/api/v1/needs?size=101", BROKER), HttpStatus.BAD_REQUEST);
        assertRefused(get("/api/v1/orgs?size=101", BROKER), HttpStatus.BAD_REQUEST);
        assertThat(get("/api/v1/search?q=电池&limit=100", BROKER).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertRefused(get("/api/v1/search?q=电池&limit=101", BROKER), HttpStatus.BAD_REQUEST);
        assertRefused(get("/api/v1/needs/NEED-PUB/matches?size=101", BROKER), HttpStatus.BAD_REQUEST);
        assertRefused(get("/api/v1/needs/NEED-PUB/matches?page=100", BROKER), HttpStatus.BAD_REQUEST);
        assertThat(post("/api/v1/match", BROKER, Map.of("text", "锂电池隔膜", "limit", 100)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertRefused(post("/api/v1/match", BROKER, Map.of("text", "锂电池隔膜", "limit", 101)), HttpStatus.BAD_REQUEST);
        assertRefused(get("/api/v1/needs?page=100001", BROKER), HttpStatus.BAD_REQUEST);
    }

    @Test
    void pathLengthsAreCappedAt4Hops() {
        assertThat(get("/api/v1/paths?from=ORG-U&to=NEED-PUB&maxLength=4", BROKER).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertRefused(get("/api/v1/paths?from=ORG-U&to=NEED-PUB&maxLength=5", BROKER), HttpStatus.BAD_REQUEST);
        // an explanation holds at most three paths (Explainer), whatever the graph
        ResponseEntity<String> explanation = get("/api/v1/needs/NEED-PUB/matches/ORG-U/explanation", BROKER);
        assertThat(explanation.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Integer) JsonPath.read(explanation.getBody(), "$.paths.length()")).isBetween(0, 3);
    }

    @Test
    void queryTextsAreCapped() {
        assertThat(get("/api/v1/search?q=" + "a".repeat(500), BROKER).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertRefused(get("/api/v1/search?q=" + "a".repeat(501), BROKER), HttpStatus.BAD_REQUEST);
        assertRefused(get("/api/v1/needs?q=" + "a".repeat(201), BROKER), HttpStatus.BAD_REQUEST);
        assertRefused(get("/api/v1/orgs?q=" + "a".repeat(101), BROKER), HttpStatus.BAD_REQUEST);
        assertThat(post("/api/v1/match", BROKER, Map.of("text", "电池".repeat(2_500))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertRefused(post("/api/v1/match", BROKER, Map.of("text", "a".repeat(5_001))), HttpStatus.BAD_REQUEST);
        assertRefused(get("/api/v1/needs/NEED-PUB/matches?" + "regions=32&".repeat(51), BROKER),
                HttpStatus.BAD_REQUEST);
        assertRefused(post("/api/v1/needs", BROKER, Map.of("title", "t", "body", "b".repeat(20_001),
                "demanderOrgId", "ORG-A")), HttpStatus.BAD_REQUEST);
    }

    @Test
    void bodiesAndImportsAreCapped() {
        // the test profile's body limit is 64 KiB (production: 1 MiB, techmatch.limits.max-request-bytes)
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", BROKER);
        headers.setContentType(MediaType.valueOf("application/x-ndjson"));
        String big = ("{\"title\":\"t\",\"body\":\"" + "b".repeat(1_000) + "\"}\n").repeat(70);
        assertRefused(http.exchange("/api/v1/needs/import", HttpMethod.POST, new HttpEntity<>(big, headers),
                String.class), HttpStatus.PAYLOAD_TOO_LARGE);
        String manyRows = "{}\n".repeat(5_001);
        ResponseEntity<String> tooMany = http.exchange("/api/v1/needs/import", HttpMethod.POST,
                new HttpEntity<>(manyRows, headers), String.class);
        assertRefused(tooMany, HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(tooMany.getBody(), "$.detail")).contains("5000");
    }
}
