package io.techmatch.evaluation.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.TestGraph;
import io.techmatch.core.search.EvidenceDocument;
import io.techmatch.evaluation.dataset.Corpus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

class CorpusGraphIT {
    static EvidenceDocument patent(String id, int year, List<String> ipc, String... owners) {
        return new EvidenceDocument(id, "Patent", "标题" + id, "摘要", ipc, List.of(), List.of(), List.of(owners), year, false);
    }

    static final Corpus CORPUS = new Corpus("t", Corpus.Level.ORGANIZATION, List.of(
            patent("P1", 2019, List.of("F25B30/02", "F25B1/10"), "ORG-b", "ORG-a"),
            patent("P2", 2021, List.of("F25B30/02"), "ORG-a", "ORG-b"),
            patent("P3", 2020, List.of("H01M10/05"), "ORG-c", "ORG-a")),
            Map.of("ORG-a", "浙江大学", "ORG-b", "某某热泵有限公司", "ORG-c", "中国科学院过程工程研究所"),
            Map.of("ORG-a", "33", "ORG-b", "32", "ORG-c", "11"));

    long count(GraphConnection g, String cypher) {
        try (Session s = g.driver().session(g.sessionConfig())) {
            return s.run(cypher).single().get(0).asLong();
        }
    }

    @Test
    void loadsTheGraphModelAndIsIdempotent() {
        GraphConnection g = TestGraph.shared();
        CorpusGraph.load(g, CORPUS, Set.of());
        CorpusGraph.load(g, CORPUS, Set.of());
        assertThat(count(g, "MATCH (o:Organization) RETURN count(o)")).isEqualTo(3);
        assertThat(count(g, "MATCH (:Organization)-[r:APPLIED_FOR]->(:Patent) RETURN count(r)")).isEqualTo(6);
        assertThat(count(g, "MATCH (:Organization {id:'ORG-b'})-[r:APPLIED_FOR {order: 1}]->(:Patent {id:'P1'}) RETURN count(r)"))
                .isEqualTo(1);
        // one edge per pair, from the smaller id to the larger, counting both co-applications
        assertThat(count(g, "MATCH (:Organization {id:'ORG-a'})-[r:COLLABORATED_WITH]->(:Organization {id:'ORG-b'}) "
                + "RETURN r.count")).isEqualTo(2);
        assertThat(count(g, "MATCH ()-[r:COLLABORATED_WITH]->() RETURN count(r)")).isEqualTo(2);
        assertThat(count(g, "MATCH (:Organization {id:'ORG-a'})-[r:ACTIVE_IN]->(:IpcClass {id:'F25B'}) RETURN r.count"))
                .isEqualTo(2);
        assertThat(count(g, "MATCH (:IpcClass {id:'F25B30/02'})-[:PART_OF]->(:IpcClass {id:'F25B30/00'})"
                + "-[:PART_OF]->(:IpcClass {id:'F25B'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count(g, "MATCH (:Organization {id:'ORG-a', type:'university'})-[:LOCATED_IN]->(:Region {id:'33', yrd:true}) "
                + "RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void aHeldOutPatentLeavesNoTraceInProfilesOrCollaborations() {
        GraphConnection g = TestGraph.shared();
        CorpusGraph.load(g, CORPUS, Set.of("P3"));
        assertThat(count(g, "MATCH (p:Patent {id:'P3'}) RETURN count(p)")).isZero();
        assertThat(count(g, "MATCH (:Organization {id:'ORG-a'})-[r:COLLABORATED_WITH]-(:Organization {id:'ORG-c'}) "
                + "RETURN count(r)")).isZero();
        assertThat(count(g, "MATCH (:Organization {id:'ORG-a'})-[r:ACTIVE_IN]->(:IpcClass {id:'H01M'}) RETURN count(r)"))
                .isZero();
        assertThat(count(g, "MATCH (o:Organization {id:'ORG-c'}) RETURN count(o)")).isEqualTo(1);
    }
}
