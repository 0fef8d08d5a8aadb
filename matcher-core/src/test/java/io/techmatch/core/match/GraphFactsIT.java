package io.techmatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.OrganizationSummaries;
import io.techmatch.core.graph.TestGraph;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/** The feature reads on a hand-made industry tree: what the one industry-links read must return. */
class GraphFactsIT {
    private static GraphFacts facts;

    @BeforeAll
    static void load() {
        GraphConnection graph = TestGraph.shared();
        try (Session s = graph.driver().session(graph.sessionConfig())) {
            // GF-A and GF-B have parents GF-PA and GF-PB; the chain links: PA -> PB (parents), A -> C, X -> A
            // (X is not asked for), and C -> PB (PB is asked for only as B's parent)
            s.run("""
                    UNWIND ['GF-A', 'GF-B', 'GF-C', 'GF-PA', 'GF-PB', 'GF-X'] AS id MERGE (:Industry {id: id})
                    WITH count(*) AS n
                    MATCH (a:Industry {id: 'GF-A'}), (b:Industry {id: 'GF-B'}), (c:Industry {id: 'GF-C'}),
                          (pa:Industry {id: 'GF-PA'}), (pb:Industry {id: 'GF-PB'}), (x:Industry {id: 'GF-X'})
                    MERGE (a)-[:PART_OF]->(pa) MERGE (b)-[:PART_OF]->(pb)
                    MERGE (pa)-[:UPSTREAM_OF]->(pb) MERGE (a)-[:UPSTREAM_OF]->(c) MERGE (x)-[:UPSTREAM_OF]->(a)
                    MERGE (c)-[:UPSTREAM_OF]->(pb)""").consume();
            // seeds GF-S1 (P1 5 times, P2 once) and GF-S2 (P2 3 times, P3 twice)
            s.run("""
                    UNWIND ['GF-S1', 'GF-S2', 'GF-P1', 'GF-P2', 'GF-P3'] AS id MERGE (o:Organization {id: id}) SET o.type = 'firm'
                    WITH count(*) AS n
                    UNWIND [['GF-S1', 'GF-P1', 5], ['GF-S1', 'GF-P2', 1], ['GF-S2', 'GF-P2', 3], ['GF-S2', 'GF-P3', 2]] AS tie
                    MATCH (a:Organization {id: tie[0]}), (b:Organization {id: tie[1]})
                    MERGE (a)-[c:COLLABORATED_WITH]->(b) SET c.count = tie[2]""").consume();
            OrganizationSummaries.refresh(s, List.of("GF-S1", "GF-S2", "GF-P1", "GF-P2", "GF-P3"));
        }
        facts = new GraphFacts(new GraphReader(graph), Runnable::run);
    }

    @Test
    void industryLinksGiveParentsOfTheAskedAndChainLinksAmongThemAndTheirParents() {
        GraphFacts.IndustryLinks links = facts.industryLinks(List.of("GF-A", "GF-B", "GF-C", "GF-UNKNOWN"));
        assertThat(links.parents()).isEqualTo(Map.of("GF-A", Set.of("GF-PA"), "GF-B", Set.of("GF-PB")));
        assertThat(links.upstream()).containsExactlyInAnyOrder(
                List.of("GF-PA", "GF-PB"), List.of("GF-A", "GF-C"), List.of("GF-C", "GF-PB"));
        assertThat(links.withParents(List.of("GF-A"))).containsExactlyInAnyOrder("GF-A", "GF-PA");
    }

    @Test
    void collaboratorExpansionSumsTheSeedsTiesStrongestFirst() {
        // P2: 1 + 3 = 4 beats P3's 2 and follows P1's 5
        assertThat(facts.expand("expand-collaborators", "orgIds", List.of("GF-S1", "GF-S2"), 2))
                .containsExactly("GF-P1", "GF-P2");
        assertThat(facts.expand("expand-collaborators", "orgIds", List.of("GF-S2", "GF-UNKNOWN"), 5))
                .containsExactly("GF-P2", "GF-P3");
    }

    @Test
    void industryLinksOfIndustriesWithoutParentsOrLinksAreEmpty() {
        assertThat(facts.industryLinks(List.of("GF-X"))).isEqualTo(new GraphFacts.IndustryLinks(Map.of(), Set.of()));
        assertThat(facts.industryLinks(List.of())).isSameAs(GraphFacts.IndustryLinks.NONE);
    }
}
