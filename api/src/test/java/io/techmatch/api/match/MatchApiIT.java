package io.techmatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.techmatch.api.ApiIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Matching over HTTP on the fixture graph: ranking, roles, confidential isolation, explanations, consortia. */
class MatchApiIT extends ApiIT {
    private static final List<String> FEATURES = List.of("text", "ipc", "industry", "evidence", "recency",
            "proximity", "academiaExperience", "region", "orgType", "chain", "trackRecord");

    @Test
    void aNeedsMatchesRankTheOrganizationWithEvidenceWithTheScoreBreakdown() {
        ResponseEntity<String> page = get("/api/v1/needs/NEED-PUB/matches", BROKER);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        String body = page.getBody();
        assertThat((String) JsonPath.read(body, "$.needId")).isEqualTo("NEED-PUB");
        assertThat((String) JsonPath.read(body, "$.items[0].orgId")).isEqualTo("ORG-U");
        assertThat((Integer) JsonPath.read(body, "$.items[0].rank")).isEqualTo(1);
        // the demanding organization is never its own partner
        assertThat((List<String>) JsonPath.read(body, "$.items[*].orgId")).doesNotContain("ORG-A");
        Map<String, Object> contributions = JsonPath.read(body, "$.items[0].contributions");
        assertThat(FEATURES).containsAll(contributions.keySet());
        assertThat(contributions).isNotEmpty();
        assertThat((List<String>) JsonPath.read(body, "$.items[0].evidence[*].id")).contains("CN000001A");
        assertThat((Integer) JsonPath.read(body, "$.size")).isEqualTo(20);
    }

    @Test
    void whoMayMatchWhichNeed() {
        assertThat(get("/api/v1/needs/NEED-PUB/matches", PLATFORM).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/v1/needs/NEED-PUB/matches", ENTERPRISE_A).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(get("/api/v1/needs/NEED-PUB/matches", ENTERPRISE_B), HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/needs/NEED-CONF-A/matches", ENTERPRISE_A).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/v1/needs/NEED-CONF-A/matches", BROKER).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(get("/api/v1/needs/NEED-CONF-A/matches", PLATFORM), HttpStatus.NOT_FOUND);
        assertProblem(get("/api/v1/needs/NEED-CONF-A/matches", ENTERPRISE_B), HttpStatus.NOT_FOUND);
        assertProblem(get("/api/v1/needs/NO-SUCH/matches", BROKER), HttpStatus.NOT_FOUND);
        assertProblem(get("/api/v1/needs/NEED-PUB/matches", null), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void filtersApplyAndBadFiltersAre400() {
        List<String> firms = JsonPath.read(get("/api/v1/needs/NEED-PUB/matches?orgTypes=firm", BROKER).getBody(),
                "$.items[*].orgId");
        assertThat(firms).doesNotContain("ORG-U");
        List<String> universities = JsonPath.read(get("/api/v1/needs/NEED-PUB/matches?orgTypes=university&regions=32",
                BROKER).getBody(), "$.items[*].orgId");
        assertThat(universities).containsExactly("ORG-U");
        assertThat((List<String>) JsonPath.read(get("/api/v1/needs/NEED-PUB/matches?regions=31", BROKER).getBody(),
                "$.items[*].orgId")).doesNotContain("ORG-U");
        assertProblem(get("/api/v1/needs/NEED-PUB/matches?orgTypes=spaceship", BROKER), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/needs/NEED-PUB/matches?regionPreference=galaxy", BROKER), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/needs/NEED-PUB/matches?size=101", BROKER), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/needs/NEED-PUB/matches?activeSince=1800", BROKER), HttpStatus.BAD_REQUEST);
    }

    @Test
    void freeTextMatchesWithoutANeed() {
        ResponseEntity<String> page = post("/api/v1/match", PLATFORM, Map.of("text", "陶瓷涂覆隔膜", "limit", 5));
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((String) JsonPath.read(page.getBody(), "$.needId")).isNull();
        assertThat((List<String>) JsonPath.read(page.getBody(), "$.items[*].orgId")).contains("ORG-U");
        ResponseEntity<String> missing = post("/api/v1/match", PLATFORM, Map.of("limit", 5));
        assertProblem(missing, HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(missing.getBody(), "$.errors[*].field")).containsExactly("text");
        assertProblem(post("/api/v1/match", PLATFORM, Map.of("text", "x", "limit", 1000)), HttpStatus.BAD_REQUEST);
        // query syntax and Cypher are only text
        assertThat(post("/api/v1/match", PLATFORM, Map.of("text", "title:* OR (\"') MATCH (n) DETACH DELETE n"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(count("MATCH (n:Need) RETURN count(n)", Map.of())).isEqualTo(5);
    }

    @Test
    void freeTextMatchesAreExplainedFromTheTextThenOverStoredEdges() {
        ResponseEntity<String> response = post("/api/v1/match/explanations", PLATFORM,
                Map.of("text", "陶瓷涂覆隔膜", "limit", 5));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String body = response.getBody();
        List<String> ranked = JsonPath.read(body, "$.match.items[*].orgId");
        assertThat(ranked).contains("ORG-U");
        assertThat((List<String>) JsonPath.read(body, "$.explanations[*].orgId")).containsExactlyElementsOf(ranked);
        List<Map<String, Object>> paths = JsonPath.read(body, "$.explanations[?(@.orgId == 'ORG-U')].paths[*]");
        assertThat(paths).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        for (Map<String, Object> path : paths) {
            assertThat((String) path.get("sentence")).isNotBlank();
            List<Map<String, Object>> edges = (List<Map<String, Object>>) path.get("edges");
            // the first hop is the text match, labelled as such; it is not a stored edge
            assertThat(edges.get(0)).containsEntry("from", "query").containsEntry("type", "TEXT_MATCH");
            assertThat((Map<String, Object>) edges.get(0).get("properties")).containsEntry("textMatch", true);
            List<String> nodeIds = ((List<Map<String, Object>>) path.get("nodes")).stream()
                    .map(n -> (String) n.get("id")).toList();
            assertThat(nodeIds).contains("ORG-U");
            for (Map<String, Object> edge : edges.subList(1, edges.size())) {
                assertThat(count("MATCH (a {id: $from})-[r]->(b {id: $to}) WHERE type(r) = $type RETURN count(r)",
                        Map.of("from", edge.get("from"), "to", edge.get("to"), "type", edge.get("type"))))
                        .as("stored edge %s", edge).isPositive();
            }
        }
        assertProblem(post("/api/v1/match/explanations", PLATFORM, Map.of("limit", 5)), HttpStatus.BAD_REQUEST);
        assertProblem(post("/api/v1/match/explanations", null, Map.of("text", "隔膜")), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anExplanationGivesGraphPathsWithChineseSentences() {
        ResponseEntity<String> response = get("/api/v1/needs/NEED-PUB/matches/ORG-U/explanation", BROKER);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String body = response.getBody();
        assertThat((String) JsonPath.read(body, "$.orgName")).isEqualTo("东南测试大学");
        List<Object> paths = JsonPath.read(body, "$.paths");
        assertThat(paths).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat((String) JsonPath.read(body, "$.paths[0].sentence")).isNotBlank();
        assertThat((List<String>) JsonPath.read(body, "$.paths[0].nodes[*].id")).contains("NEED-PUB", "ORG-U");
        assertThat((List<String>) JsonPath.read(body, "$.paths[0].edges[*].type")).isNotEmpty();
        assertProblem(get("/api/v1/needs/NEED-PUB/matches/ORG-NONE/explanation", BROKER), HttpStatus.NOT_FOUND);
        assertProblem(get("/api/v1/needs/NEED-CONF-A/matches/ORG-U/explanation", PLATFORM), HttpStatus.NOT_FOUND);
        assertProblem(get("/api/v1/needs/NEED-PUB/matches/ORG-U/explanation", ENTERPRISE_B), HttpStatus.FORBIDDEN);
    }

    @Test
    void aConsortiumListsFacetsAndTeams() {
        ResponseEntity<String> response = post("/api/v1/needs/NEED-PUB/consortia", BROKER, Map.of("maxSize", 3));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((String) JsonPath.read(response.getBody(), "$.needId")).isEqualTo("NEED-PUB");
        List<Map<String, Object>> teams = JsonPath.read(response.getBody(), "$.teams");
        for (Map<String, Object> team : teams) {
            assertThat((List<?>) team.get("members")).hasSizeBetween(2, 3);
        }
        assertProblem(post("/api/v1/needs/NEED-PUB/consortia", BROKER, Map.of("maxSize", 5)), HttpStatus.BAD_REQUEST);
        assertProblem(post("/api/v1/needs/NEED-CONF-A/consortia", PLATFORM, Map.of()), HttpStatus.NOT_FOUND);
        assertProblem(post("/api/v1/needs/NEED-PUB/consortia", ENTERPRISE_B, Map.of()), HttpStatus.FORBIDDEN);
    }

    @Test
    void reverseMatchingShowsConfidentialNeedsToBrokersOnly() {
        ResponseEntity<String> broker = get("/api/v1/patents/CN000003A/needs", BROKER);
        assertThat(broker.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<String>) JsonPath.read(broker.getBody(), "$.items[*].needId")).contains("NEED-CONF-A");
        for (String key : List.of(PLATFORM, ENTERPRISE_A, ENTERPRISE_B)) {
            assertThat((List<String>) JsonPath.read(get("/api/v1/patents/CN000003A/needs", key).getBody(),
                    "$.items[*].needId")).doesNotContain("NEED-CONF-A", "NEED-CONF-B");
        }
        assertThat((List<String>) JsonPath.read(get("/api/v1/orgs/ORG-U/needs", PLATFORM).getBody(),
                "$.items[*].needId")).doesNotContain("NEED-CONF-A", "NEED-CONF-B");
        assertProblem(get("/api/v1/achievements/A-NONE/needs", BROKER), HttpStatus.NOT_FOUND);
        assertProblem(get("/api/v1/patents/CN000003A/needs?size=0", BROKER), HttpStatus.BAD_REQUEST);
    }

    @Test
    void matchLatencyIsExportedToPrometheus() {
        get("/api/v1/needs/NEED-PUB/matches", BROKER);
        String metrics = http.getForEntity("/actuator/prometheus", String.class).getBody();
        assertThat(metrics).contains("techmatch_match_seconds_count{kind=\"need\",outcome=\"ok\"")
                .contains("techmatch_match_requests_total{kind=\"need\",outcome=\"ok\"");
        String health = http.getForEntity("/actuator/health", String.class).getBody();
        assertThat((String) JsonPath.read(health, "$.components.evidenceIndex.status")).isEqualTo("UP");
        assertThat((Integer) JsonPath.read(health, "$.components.evidenceIndex.details.documents")).isPositive();
    }
}
