package io.techmatch.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.TestGraph;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDatasetIT {
    static GraphConnection graph;
    static Path reports;
    static GraphLoader loader;
    static LoadSummary first;

    @BeforeAll
    static void loadOnce() {
        graph = TestGraph.shared();
        TestGraph.wipe(graph);
        reports = TestGraph.newTempDir("demo-it");
        loader = new GraphLoader(graph, new LoaderSettings(500, reports, false));
        first = loader.loadDemo();
    }

    @AfterAll
    static void cleanUp() {
        TestGraph.deleteRecursively(reports);
    }

    @Test
    void theDemoLoadsWithoutRejectsAndHasEnoughToMatch() {
        assertThat(first.rejected()).isZero();
        GraphStatus status = loader.status();
        assertThat(status.nodes().get("Organization")).isGreaterThanOrEqualTo(40);
        assertThat(status.nodes().get("Patent")).isGreaterThanOrEqualTo(115);
        assertThat(status.nodes().get("Need")).isGreaterThanOrEqualTo(15);
        assertThat(status.nodes().get("Achievement")).isGreaterThanOrEqualTo(20);
        assertThat(status.relationships().get("COLLABORATED_WITH")).isGreaterThanOrEqualTo(20);
        assertThat(status.relationships().get("UPSTREAM_OF")).isGreaterThanOrEqualTo(20);
        assertThat(status.lastLoads()).hasSize(1);
        // every organization is placed in a Yangtze River Delta region
        assertThat(count("MATCH (o:Organization) WHERE NOT (o)-[:LOCATED_IN]->(:Region {yrd: true}) RETURN count(o)")).isZero();
        // firm–university co-applications exist, and firms reach suppliers through the industry chain
        assertThat(count("""
                MATCH (f:Organization {type:'firm'})-[c:COLLABORATED_WITH]-(u:Organization {type:'university'})
                RETURN count(c)""")).isGreaterThanOrEqualTo(10);
        assertThat(count("""
                MATCH (a:Organization)-[:IN_INDUSTRY]->(:Industry)-[:UPSTREAM_OF]->(:Industry)<-[:IN_INDUSTRY]-(b:Organization)
                WHERE a <> b RETURN count(*)""")).isGreaterThan(0);
        // each need has a poster, an industry and an IPC class to match on
        assertThat(count("""
                MATCH (n:Need) WHERE NOT ((:Organization)-[:POSTED]->(n) AND (n)-[:IN_INDUSTRY]->() AND (n)-[:CLASSIFIED_AS]->())
                RETURN count(n)""")).isZero();
        assertThat(count("MATCH (o:Organization {name:'浙江大学'})-[r:ACTIVE_IN]->(:IpcClass {level:'subclass'}) RETURN count(r)"))
                .isGreaterThan(3);
    }

    @Test
    void loadingTheDemoAgainChangesNothing() {
        String before = GraphChecksum.of(graph);
        LoadSummary again = loader.loadDemo();
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(first.created() + first.updated() + first.unchanged());
        assertThat(GraphChecksum.of(graph)).isEqualTo(before);
    }

    private static long count(String cypher) {
        return TestGraph.count(graph, cypher, Map.of());
    }
}
