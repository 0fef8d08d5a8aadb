package io.techmatch.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.TestGraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * New nodes, and the relationships to them, are written with CREATE; rows that repeat a node or a relationship
 * later in the same load (another batch) must still merge, and so must a load onto data that is there. Batches of
 * two rows put each repeat into a batch of its own.
 */
class CreatePathIT {
    static final String ROWS = """
            {"label":"Organization","id":"ORG-TEST-A","name":"甲测试科技有限公司"}
            {"label":"Organization","id":"ORG-TEST-B","name":"乙测试科技有限公司"}
            {"label":"Patent","id":"CN900000011A","title":"一种测试装置","year":2020}
            {"label":"Patent","id":"CN900000012A","title":"一种测试方法","year":2021}
            {"rel":"APPLIED_FOR","from":"ORG-TEST-A","to":"CN900000011A","order":1}
            {"rel":"APPLIED_FOR","from":"ORG-TEST-B","to":"CN900000012A","order":1}
            {"rel":"APPLIED_FOR","from":"ORG-TEST-A","to":"CN900000011A","order":2}
            {"rel":"APPLIED_FOR","from":"ORG-TEST-B","to":"CN900000012A","order":1}
            {"label":"Organization","id":"ORG-TEST-A","name":"甲测试科技有限公司","province":"江苏省"}
            {"label":"Organization","id":"ORG-TEST-B","name":"乙测试科技有限公司"}
            """;

    static GraphConnection graph;
    static Path dir;
    GraphLoader loader;

    @BeforeAll
    static void start() {
        graph = TestGraph.shared();
        dir = TestGraph.newTempDir("create-path-it");
    }

    @AfterAll
    static void cleanUp() {
        TestGraph.deleteRecursively(dir);
    }

    @BeforeEach
    void wipe() {
        TestGraph.wipe(graph);
        loader = new GraphLoader(graph, new LoaderSettings(2, dir, false));
    }

    @Test
    void repeatsInTheSameLoadMergeIntoWhatTheLoadCreated() throws Exception {
        Path file = Files.writeString(dir.resolve("repeats.jsonl"), ROWS, StandardCharsets.UTF_8);
        LoadSummary summary = loader.load(SourceType.CANONICAL, List.of(file));

        assertThat(summary.rejected()).isZero();
        // one relationship per pair: the repeat with another order updates it, the identical repeat is unchanged
        assertThat(count("MATCH ()-[r:APPLIED_FOR]->() RETURN count(r)")).isEqualTo(2);
        assertThat(count("MATCH (:Organization {id:'ORG-TEST-A'})-[r:APPLIED_FOR {order: 2}]->(:Patent {id:'CN900000011A'}) RETURN count(r)"))
                .isEqualTo(1);
        // the organization's second row only fills a gap
        assertThat(count("MATCH (o:Organization {id:'ORG-TEST-A', province:'江苏省'}) RETURN count(o)")).isEqualTo(1);
        assertThat(count("MATCH (o:Organization) RETURN count(o)")).isEqualTo(2);
        assertThat(summary.created()).isEqualTo(6);
        assertThat(summary.updated()).isEqualTo(2);
        assertThat(summary.unchanged()).isEqualTo(2);

        String before = GraphChecksum.of(graph);
        LoadSummary again = loader.load(SourceType.CANONICAL, List.of(file));
        assertThat(again.created()).isZero();
        assertThat(GraphChecksum.of(graph)).isEqualTo(before);
    }

    private static long count(String cypher) {
        return TestGraph.count(graph, cypher, Map.of());
    }
}
