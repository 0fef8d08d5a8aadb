package io.techmatch.api.web;

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

/** Authentication, rate limits, size limits, CORS and the problem+json format of every error. */
class WebErrorsIT extends ApiIT {

    @Test
    void aMissingKeyIs401ProblemJson() {
        ResponseEntity<String> response = get("/api/v1/needs", null);
        assertProblem(response, HttpStatus.UNAUTHORIZED);
        assertThat((String) JsonPath.read(response.getBody(), "$.detail")).contains("X-API-Key");
    }

    @Test
    void anUnknownKeyIs401() {
        assertProblem(get("/api/v1/needs", "not-a-key"), HttpStatus.UNAUTHORIZED);
        // the hash itself is not a key
        assertProblem(get("/api/v1/needs", "a9251e23bd50eb6e63f01d5045340b14ac1b777cb9b310afc29e9b2deb7550a5"),
                HttpStatus.UNAUTHORIZED);
    }

    @Test
    void unknownPathsAre404ProblemJsonInsideAndOutsideTheApi() {
        ResponseEntity<String> api = get("/api/v1/no-such-thing", BROKER);
        assertProblem(api, HttpStatus.NOT_FOUND);
        assertThat((String) JsonPath.read(api.getBody(), "$.instance")).isEqualTo("/api/v1/no-such-thing");
        assertProblem(get("/no-such-page", null), HttpStatus.NOT_FOUND);
    }

    @Test
    void bootsFallbackErrorControllerNeverAnswersInItsOldFormat() {
        ResponseEntity<String> error = get("/error", null);
        assertThat(error.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(error.getBody()).doesNotContain("\"timestamp\"").doesNotContain("\"trace\"")
                .doesNotContain("\"path\"");
    }

    @Test
    void aWrongMethodIs405AndAWrongMediaTypeIs415() {
        assertProblem(call(HttpMethod.DELETE, "/api/v1/needs/NEED-PUB", BROKER, null), HttpStatus.METHOD_NOT_ALLOWED);
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", BROKER);
        headers.setContentType(MediaType.APPLICATION_XML);
        assertProblem(http.exchange("/api/v1/needs", HttpMethod.POST, new HttpEntity<>("<need/>", headers),
                String.class), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void malformedJsonIs400WithoutInternals() {
        ResponseEntity<String> response = post("/api/v1/needs", BROKER, "{\"title\": ");
        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).doesNotContain("jackson").doesNotContain("io.techmatch").doesNotContain("at ");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = "{\"title\":\"t\",\"body\":\"" + "x".repeat(70_000) + "\"}";
        assertProblem(post("/api/v1/needs", BROKER, big), HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(count("MATCH (n:Need) RETURN count(n)", Map.of())).isEqualTo(5);
    }

    @Test
    void aKeyOverItsRateLimitGets429WithRetryAfter() {
        HttpStatus last = null;
        ResponseEntity<String> response = null;
        for (int i = 0; i < 4; i++) {
            response = get("/api/v1/needs", SLOW);
            last = HttpStatus.valueOf(response.getStatusCode().value());
        }
        assertThat(last).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertProblem(response, HttpStatus.TOO_MANY_REQUESTS);
        assertThat(response.getHeaders().getFirst("Retry-After")).isNotBlank();
        // other keys have their own buckets
        assertThat(get("/api/v1/needs", PLATFORM).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() {
        HttpHeaders allowed = preflight("https://partner.example");
        ResponseEntity<String> ok = http.exchange("/api/v1/needs", HttpMethod.OPTIONS, new HttpEntity<>(allowed),
                String.class);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ok.getHeaders().getAccessControlAllowOrigin()).isEqualTo("https://partner.example");
        ResponseEntity<String> denied = http.exchange("/api/v1/needs", HttpMethod.OPTIONS,
                new HttpEntity<>(preflight("https://evil.example")), String.class);
        assertThat(denied.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(denied.getHeaders().getAccessControlAllowOrigin()).isNull();
    }

    private static HttpHeaders preflight(String origin) {
        HttpHeaders headers = new HttpHeaders();
        headers.setOrigin(origin);
        headers.setAccessControlRequestMethod(HttpMethod.GET);
        headers.setAccessControlRequestHeaders(java.util.List.of("X-API-Key"));
        return headers;
    }
}
