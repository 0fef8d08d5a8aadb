package io.techmatch.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** The co-application summary on a hand-made graph: what each organization's three properties must hold. */
class OrganizationSummariesIT {
    private static final List<String> IDS = List.of("SU-F", "SU-U", "SU-I", "SU-G", "SU-A", "SU-B", "SU-L", "SU-HUB");

    private final GraphConnection graph = TestGraph.shared();

    @BeforeEach
    void load() {
        try (Session s = graph.driver().session(graph.sessionConfig())) {
            s.run("MATCH (o:Organization) WHERE o.id STARTS WITH 'SU-' DETACH DELETE o").consume();
            // firm F co-applied with university U (3), institute I (2), firm G (5), agency A (1), hospital B (2);
            // U with G (4); L has no co-applicant; HUB with 105 firms, once each except SU-P104 (twice)
            s.run("""
                    UNWIND [['SU-F', 'firm'], ['SU-U', 'university'], ['SU-I', 'institute'], ['SU-G', 'firm'],
                            ['SU-A', 'agency'], ['SU-B', 'hospital'], ['SU-L', 'lab'], ['SU-HUB', 'firm']] AS o
                    CREATE (:Organization {id: o[0], type: o[1]})
                    WITH count(*) AS made
                    UNWIND [['SU-F', 'SU-U', 3], ['SU-F', 'SU-I', 2], ['SU-F', 'SU-G', 5], ['SU-A', 'SU-F', 1],
                            ['SU-B', 'SU-F', 2], ['SU-G', 'SU-U', 4]] AS tie
                    MATCH (a:Organization {id: tie[0]}), (b:Organization {id: tie[1]})
                    CREATE (a)-[:COLLABORATED_WITH {count: tie[2]}]->(b)
                    WITH count(*) AS ties
                    MATCH (hub:Organization {id: 'SU-HUB'})
                    UNWIND range(0, 104) AS i
                    CREATE (hub)-[:COLLABORATED_WITH {count: CASE i WHEN 104 THEN 2 ELSE 1 END}]->
                           (:Organization {id: 'SU-P' + right('00' + i, 3), type: 'firm'})""").consume();
            OrganizationSummaries.refresh(s, IDS);
        }
    }

    @Test
    void academiaCountsCoApplicationsAcrossTheFirmAndResearchLineOnly() {
        assertThat(summary("SU-F").get("academia").asLong()).as("U 3 + I 2 + hospital B 2; firm G, agency A not").isEqualTo(7);
        assertThat(summary("SU-U").get("academia").asLong()).as("firms F 3 + G 4").isEqualTo(7);
        assertThat(summary("SU-G").get("academia").asLong()).as("U 4; F is a firm").isEqualTo(4);
        assertThat(summary("SU-A").get("academia").asLong()).as("an agency is neither side").isZero();
    }

    @Test
    void coApplicantsIsTheNumberOfCoApplicantsNotOfCoApplications() {
        assertThat(summary("SU-F").get("degree").asLong()).isEqualTo(5);
        assertThat(summary("SU-HUB").get("degree").asLong()).isEqualTo(105);
        assertThat(summary("SU-L").get("degree").asLong()).isZero();
    }

    @Test
    void topCoApplicantsAreStrongestFirstTiesByIdWithTheirCounts() {
        Record f = summary("SU-F");
        assertThat(f.get("top").asList(Value::asString)).containsExactly("SU-G", "SU-U", "SU-B", "SU-I", "SU-A");
        assertThat(f.get("counts").asList(Value::asLong)).containsExactly(5L, 3L, 2L, 2L, 1L);
    }

    @Test
    void anOrganizationWithoutCoApplicantsGetsAnEmptySummaryNotNone() {
        Record l = summary("SU-L");
        assertThat(l.get("academia").asLong()).isZero();
        assertThat(l.get("top").asList()).isEmpty();
        assertThat(l.get("counts").asList()).isEmpty();
    }

    @Test
    void aLargeOrganizationKeepsItsStrongestHundred() {
        Record hub = summary("SU-HUB");
        List<String> top = hub.get("top").asList(Value::asString);
        assertThat(top).hasSize(OrganizationSummaries.TOP_CO_APPLICANTS);
        assertThat(top.subList(0, 3)).containsExactly("SU-P104", "SU-P000", "SU-P001");
        assertThat(top.get(99)).isEqualTo("SU-P098");
    }

    @Test
    void startUpComputesOnlyTheSummariesThatAreMissing() {
        try (Session s = graph.driver().session(graph.sessionConfig())) {
            s.run("""
                    MATCH (u:Organization {id: 'SU-U'}) SET u.academiaCoApplications = 99
                    WITH count(*) AS n
                    MATCH (f:Organization {id: 'SU-F'})
                    REMOVE f.academiaCoApplications, f.coApplicants, f.topCoApplicants, f.topCoApplicantCounts""").consume();
        }
        assertThat(OrganizationSummaries.refreshMissing(graph)).isPositive();
        assertThat(summary("SU-F").get("academia").asLong()).isEqualTo(7);
        assertThat(summary("SU-U").get("academia").asLong()).as("present: left as it was").isEqualTo(99);
        assertThat(OrganizationSummaries.refreshMissing(graph)).isZero();
    }

    private Record summary(String id) {
        try (Session s = graph.driver().session(graph.sessionConfig())) {
            return s.run("""
                    MATCH (o:Organization {id: $id})
                    RETURN o.academiaCoApplications AS academia, o.coApplicants AS degree, o.topCoApplicants AS top,
                           o.topCoApplicantCounts AS counts""", Map.of("id", id)).single();
        }
    }
}
