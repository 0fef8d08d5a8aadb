package io.techmatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.OrganizationSummaries;
import io.techmatch.core.graph.TestGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/**
 * The second-degree collaboration path (demander - shared co-applicant - candidate) of explain.cypher on a hand-made
 * graph, through both of its plans: a candidate with few co-applicants is walked, one with more than the demander's
 * co-applicants have in all is looked up per co-applicant. Either way the strongest tie wins, ties by co-applicant id.
 */
class SecondDegreeExplanationIT {
    private static Explainer explainer;

    @BeforeAll
    static void load() {
        GraphConnection graph = TestGraph.shared();
        try (Session s = graph.driver().session(graph.sessionConfig())) {
            // demander SD-D co-applied with SD-Z1..Z3 (their degrees sum to 7); SD-O1 (2 co-applicants) is tied to
            // Z1 once and to Z2 three times; SD-O2 (14 co-applicants) twice each to Z1 and Z3; SD-O3 shares none
            s.run("""
                    MERGE (n:Need {id: 'SD-N1'}) SET n.title = '二度合作测试需求'
                    MERGE (d:Organization {id: 'SD-D'}) SET d.name = '需求方', d.type = 'firm'
                    MERGE (d)-[:POSTED]->(n)
                    WITH d
                    UNWIND ['SD-Z1', 'SD-Z2', 'SD-Z3', 'SD-O1', 'SD-O2', 'SD-O3'] AS id
                    MERGE (o:Organization {id: id}) SET o.name = id, o.type = 'firm'
                    WITH d, count(*) AS made
                    UNWIND [['SD-D', 'SD-Z1', 1], ['SD-D', 'SD-Z2', 1], ['SD-D', 'SD-Z3', 1],
                            ['SD-O1', 'SD-Z1', 1], ['SD-O1', 'SD-Z2', 3],
                            ['SD-O2', 'SD-Z1', 2], ['SD-O2', 'SD-Z3', 2]] AS tie
                    MATCH (a:Organization {id: tie[0]}), (b:Organization {id: tie[1]})
                    MERGE (a)-[c:COLLABORATED_WITH]->(b) SET c.count = tie[2]
                    WITH count(*) AS ties
                    UNWIND range(1, 12) AS i
                    MERGE (x:Organization {id: 'SD-X' + i}) SET x.name = 'SD-X' + i, x.type = 'firm'
                    WITH x
                    MATCH (o2:Organization {id: 'SD-O2'}), (o3:Organization {id: 'SD-O3'})
                    MERGE (o2)-[c:COLLABORATED_WITH]->(x) SET c.count = 5
                    WITH o3, x WHERE x.id = 'SD-X1'
                    MERGE (o3)-[c:COLLABORATED_WITH]->(x) SET c.count = 1""").consume();
        }
        explainer = new Explainer(new GraphReader(graph));
    }

    @Test
    void theStrongestSharedCoApplicantIsShownByBothPlans() {
        Map<String, List<ExplanationPath>> paths = explainer.explain("SD-N1", List.of("SD-O1", "SD-O2", "SD-O3"), Map.of());
        assertThat(secondDegree(paths.get("SD-O1")))
                .as("walked: 2 co-applicants <= 7").containsExactly("SD-N1", "SD-D", "SD-Z2", "SD-O1");
        assertThat(secondDegree(paths.get("SD-O2")))
                .as("looked up per co-applicant: 14 > 7; Z1 and Z3 tie, Z1 first").containsExactly("SD-N1", "SD-D", "SD-Z1", "SD-O2");
        assertThat(secondDegree(paths.get("SD-O3"))).as("shares no co-applicant with the demander").isEmpty();
        assertThat(paths.get("SD-O1")).filteredOn(p -> p.kind().equals("collaboration-2")).singleElement()
                .satisfies(p -> assertThat(p.edges()).extracting(ExplanationPath.PathEdge::type)
                        .containsExactly("POSTED", "COLLABORATED_WITH", "COLLABORATED_WITH"));
    }

    @Test
    void withSummariesTheStrongestTieComesFromTheStrongestCoApplicantsOrFromTheRelationshipsWhenTheyAreCutShort() {
        GraphConnection graph = TestGraph.shared();
        List<String> ids = List.of("SD-D", "SD-Z1", "SD-Z2", "SD-Z3", "SD-O1", "SD-O2", "SD-O3");
        try (Session s = graph.driver().session(graph.sessionConfig())) {
            OrganizationSummaries.refresh(s, ids);
            Map<String, List<ExplanationPath>> paths = explainer.explain("SD-N1", List.of("SD-O1", "SD-O2", "SD-O3"), Map.of());
            assertThat(secondDegree(paths.get("SD-O1"))).containsExactly("SD-N1", "SD-D", "SD-Z2", "SD-O1");
            assertThat(secondDegree(paths.get("SD-O2"))).as("Z1 and Z3 tie at 2, Z1 first")
                    .containsExactly("SD-N1", "SD-D", "SD-Z1", "SD-O2");
            assertThat(secondDegree(paths.get("SD-O3"))).as("its whole list, no shared co-applicant").isEmpty();

            // lists cut short without a shared co-applicant (as beyond 100 co-applicants): the relationships decide
            s.run("""
                    MATCH (o1:Organization {id: 'SD-O1'}), (o2:Organization {id: 'SD-O2'})
                    SET o1.topCoApplicants = [], o1.topCoApplicantCounts = [],
                        o2.topCoApplicants = ['SD-X1'], o2.topCoApplicantCounts = [5]""").consume();
            paths = explainer.explain("SD-N1", List.of("SD-O1", "SD-O2"), Map.of());
            assertThat(secondDegree(paths.get("SD-O1"))).as("walked").containsExactly("SD-N1", "SD-D", "SD-Z2", "SD-O1");
            assertThat(secondDegree(paths.get("SD-O2"))).as("looked up").containsExactly("SD-N1", "SD-D", "SD-Z1", "SD-O2");
            s.run("""
                    MATCH (o:Organization) WHERE o.id IN $ids
                    REMOVE o.academiaCoApplications, o.coApplicants, o.topCoApplicants, o.topCoApplicantCounts""", Map.of("ids", ids))
                    .consume();
        }
    }

    @Test
    void theDemanderItselfGetsNoSecondDegreePath() {
        assertThat(secondDegree(explainer.explain("SD-N1", List.of("SD-D"), Map.of()).get("SD-D"))).isEmpty();
    }

    private static List<String> secondDegree(List<ExplanationPath> paths) {
        return paths.stream().filter(p -> p.kind().equals("collaboration-2")).findFirst()
                .map(p -> p.nodes().stream().map(ExplanationPath.PathNode::id).toList()).orElse(List.of());
    }
}
