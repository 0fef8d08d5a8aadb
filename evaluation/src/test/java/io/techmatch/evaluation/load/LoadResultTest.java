package io.techmatch.evaluation.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadResultTest {
    @TempDir
    Path dir;

    private static LoadResult result(String label) {
        LatencyStats stats = new LatencyStats();
        stats.success(RequestKind.MATCH, 10_000_000);
        stats.success(RequestKind.NEEDS, 2_000_000);
        stats.failure(RequestKind.NEEDS, "429");
        return new LoadResult(label, 100_000, 8, "match=1,needs=1", 2.0, 3, "1.00 0.50 0.25", "2.00 1.00 0.50", 12.5,
                stats.figures(2_000_000_000L));
    }

    @Test
    void csvGetsOneHeaderThenATotalAndOneRowPerKindPerRun() throws Exception {
        Path csv = dir.resolve("out/runs.csv");
        result("scale-100k").appendCsv(csv);
        result("scale-100k-again").appendCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + 2 * 3);
        assertThat(lines.get(0)).isEqualTo(LoadResult.CSV_HEADER);
        assertThat(lines.get(1)).startsWith("scale-100k,100000,8,all,2,1,");
        assertThat(lines.get(3)).startsWith("scale-100k,100000,8,needs,1,1,2.000,");
        assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(16));
        assertThat(lines.get(1)).endsWith(",1.00 0.50 0.25,2.00 1.00 0.50,12.5");
        assertThat(lines.get(2)).endsWith(",2.00 1.00 0.50,"); // per kind: the server CPU is not split
    }

    @Test
    void jsonAndTextCarryTheFiguresAndTheErrors() throws Exception {
        Path json = dir.resolve("run.json");
        LoadResult r = result("demo");
        r.writeJson(json);
        var tree = new ObjectMapper().readTree(json.toFile());
        assertThat(tree.path("clients").asInt()).isEqualTo(8);
        assertThat(tree.path("figures").path("all").path("requests").asLong()).isEqualTo(2);
        assertThat(tree.path("figures").path("errorsByStatus").path("needs 429").asLong()).isEqualTo(1);
        assertThat(r.text()).contains("errors by kind and status: {needs 429=1}").contains("load average 1.00 0.50 0.25")
                .contains("server CPU: 12.5 ms per request");
    }
}
