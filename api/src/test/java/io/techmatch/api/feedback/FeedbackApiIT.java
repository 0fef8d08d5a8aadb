package io.techmatch.api.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.techmatch.api.ApiIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Broker verdicts stored in the graph: the Feedback history node and the latest verdict on the FEEDBACK edge. */
class FeedbackApiIT extends ApiIT {
    private static final String PATH = "/api/v1/needs/NEED-PUB/matches/ORG-U/feedback";

    @Test
    void aBrokerVerdictIsStoredAsHistoryAndAsTheLatestEdge() {
        ResponseEntity<String> first = post(PATH, BROKER, Map.of("status", "contacted"));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((String) JsonPath.read(first.getBody(), "$.broker")).isEqualTo("test-broker");
        assertThat((String) JsonPath.read(first.getBody(), "$.id")).startsWith("FB-");
        ResponseEntity<String> second = post(PATH, BROKER, Map.of("status", "rejected", "reason", "无中试能力"));
        assertThat((String) JsonPath.read(second.getBody(), "$.reason")).isEqualTo("无中试能力");

        assertThat(count("MATCH (f:Feedback {needId: 'NEED-PUB', orgId: 'ORG-U'}) RETURN count(f)", Map.of()))
                .isEqualTo(2);
        assertThat(count("MATCH (:Need {id: 'NEED-PUB'})-[e:FEEDBACK]->(:Organization {id: 'ORG-U'}) "
                + "WHERE e.status = 'rejected' AND e.reason = '无中试能力' AND e.count = 2 RETURN count(e)", Map.of()))
                .isEqualTo(1);

        List<String> history = JsonPath.read(get("/api/v1/needs/NEED-PUB/feedback", BROKER).getBody(),
                "$[*].status");
        assertThat(history).containsExactlyInAnyOrder("contacted", "rejected");
        // the posting enterprise may read its need's history, another may not
        assertThat(get("/api/v1/needs/NEED-PUB/feedback", ENTERPRISE_A).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(get("/api/v1/needs/NEED-PUB/feedback", ENTERPRISE_B), HttpStatus.FORBIDDEN);
        assertProblem(get("/api/v1/needs/NEED-PUB/feedback", PLATFORM), HttpStatus.FORBIDDEN);
    }

    @Test
    void onlyBrokersGiveFeedback() {
        assertProblem(post(PATH, ENTERPRISE_A, Map.of("status", "accepted")), HttpStatus.FORBIDDEN);
        assertProblem(post(PATH, PLATFORM, Map.of("status", "accepted")), HttpStatus.FORBIDDEN);
        assertProblem(post(PATH, null, Map.of("status", "accepted")), HttpStatus.UNAUTHORIZED);
        assertThat(count("MATCH (f:Feedback) RETURN count(f)", Map.of())).isZero();
    }

    @Test
    void badVerdictsAndUnknownTargetsAreRejected() {
        ResponseEntity<String> bad = post(PATH, BROKER, Map.of("status", "maybe"));
        assertProblem(bad, HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(bad.getBody(), "$.errors[*].field")).containsExactly("status");
        assertProblem(post(PATH, BROKER, Map.of()), HttpStatus.BAD_REQUEST);
        assertProblem(post("/api/v1/needs/NEED-PUB/matches/ORG-NONE/feedback", BROKER, Map.of("status", "accepted")),
                HttpStatus.NOT_FOUND);
        assertProblem(post("/api/v1/needs/NO-NEED/matches/ORG-U/feedback", BROKER, Map.of("status", "accepted")),
                HttpStatus.NOT_FOUND);
        assertThat(count("MATCH (f:Feedback) RETURN count(f)", Map.of())).isZero();
    }
}
