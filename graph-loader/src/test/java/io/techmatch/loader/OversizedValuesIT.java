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
import org.junit.jupiter.api.Test;

/**
 * An id or indexed name longer than Neo4j's index key limit used to fail the batch's transaction and with it the
 * whole load (found by LoaderFuzzIT). Now that row alone is rejected and the rest loads.
 */
class OversizedValuesIT {
    static GraphConnection graph;
    static Path dir;

    @BeforeAll
    static void start() {
        graph = TestGraph.shared();
        dir = TestGraph.newTempDir("oversized-it");
    }

    @AfterAll
    static void cleanUp() {
        TestGraph.deleteRecursively(dir);
    }

    @Test
    void anOversizedIdOrNameRejectsOnlyItsRow() throws Exception {
        TestGraph.wipe(graph);
        String hugeId = "CN" + "9".repeat(20_000) + "A";
        String hugeName = "超长名称".repeat(5_000) + "有限公司";
        Path file = Files.writeString(dir.resolve("oversized.jsonl"), String.join("\n",
                "{\"label\":\"Patent\",\"id\":\"CN900000001A\",\"title\":\"一种电池\"}",
                "{\"label\":\"Patent\",\"id\":\"" + hugeId + "\",\"title\":\"超长编号\"}",
                "{\"label\":\"Organization\",\"name\":\"" + hugeName + "\",\"type\":\"firm\"}",
                "{\"label\":\"Patent\",\"id\":\"CN900000002A\",\"title\":\"一种隔膜\"}",
                "{\"rel\":\"CLASSIFIED_AS\",\"from\":\"" + hugeId + "\",\"to\":\"H01M\"}") + "\n",
                StandardCharsets.UTF_8);

        LoadSummary summary = new GraphLoader(graph, new LoaderSettings(2, dir, false))
                .load(SourceType.CANONICAL, List.of(file));

        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(TestGraph.count(graph, "MATCH (p:Patent) RETURN count(p)", Map.of())).isEqualTo(2);
        List<String> report = Files.readAllLines(summary.rejectReports().get(0), StandardCharsets.UTF_8);
        assertThat(report.subList(1, report.size())).containsExactly(
                file + "\t2\tid\tlonger than 1000 characters, the limit for ids and indexed names",
                file + "\t3\tname\tlonger than 1000 characters, the limit for ids and indexed names",
                file + "\t5\tfrom\tid longer than 1000 characters");
    }
}
