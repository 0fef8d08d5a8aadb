package io.techmatch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.techmatch.api.ApiIT;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Evidence search: kinds, confidential isolation, highlighted snippets, and query syntax treated as text. */
class SearchApiIT extends ApiIT {

    @Test
    void searchFindsEvidenceOfTheRequestedKinds() {
        ResponseEntity<String> response = get("/api/v1/search?q={q}&kinds=Patent", PLATFORM, "硫化物固态电解质");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<String>) JsonPath.read(response.getBody(), "$.items[*].id")).containsExactly("CN000003A");
        assertThat((List<String>) JsonPath.read(response.getBody(), "$.items[0].ownerIds")).contains("ORG-U");
        assertProblem(get("/api/v1/search?q=x&kinds=Bogus", PLATFORM), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/search?kinds=Patent", PLATFORM), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/search?q=x&limit=101", PLATFORM), HttpStatus.BAD_REQUEST);
    }

    @Test
    void confidentialNeedsAreSearchedForBrokersOnly() {
        assertThat((List<String>) JsonPath.read(get("/api/v1/search?q={q}&kinds=Need", BROKER, "硫化物固态电解质").getBody(),
                "$.items[*].id")).contains("NEED-CONF-A");
        for (String key : List.of(PLATFORM, ENTERPRISE_B, ENTERPRISE_A)) {
            assertThat((List<String>) JsonPath.read(get("/api/v1/search?q={q}&kinds=Need", key, "硫化物固态电解质")
                    .getBody(), "$.items[*].id")).doesNotContain("NEED-CONF-A");
        }
    }

    @Test
    void luceneSyntaxAndHtmlAreOnlyText() {
        for (String q : List.of("title:* OR body:(a AND b)~2 \\", "*:*", "<script>alert(1)</script>", "\"unclosed")) {
            ResponseEntity<String> response = get("/api/v1/search?q={q}", BROKER, q);
            assertThat(response.getStatusCode()).as(q).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).doesNotContain("<script>");
        }
        String body = get("/api/v1/search?q={q}", BROKER, "隔膜").getBody();
        List<String> snippets = JsonPath.read(body, "$.items[*].snippet");
        assertThat(snippets).isNotEmpty();
    }
}
