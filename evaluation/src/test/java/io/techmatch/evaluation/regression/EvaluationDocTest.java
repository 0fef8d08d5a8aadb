package io.techmatch.evaluation.regression;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.evaluation.report.EvaluationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/evaluation.md and its chart must be exactly what the regression YAML generates. */
class EvaluationDocTest {
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        return Files.exists(dir.resolve("evaluation")) ? dir : dir.getParent();
    }

    @Test
    void generatedDocsAreUpToDateWithTheRegressionYaml() throws Exception {
        List<RegressionSpec> specs = RegressionYaml.loadClasspath();
        assertThat(specs).isNotEmpty();
        String hint = "stale: run `regressions --record` (docs/evaluation.md) and commit the result";
        assertThat(Files.readString(repoRoot().resolve(EvaluationReport.DOC), StandardCharsets.UTF_8)).as(hint)
                .isEqualTo(EvaluationReport.markdown(specs));
        assertThat(Files.readString(repoRoot().resolve(EvaluationReport.CHART), StandardCharsets.UTF_8)).as(hint)
                .isEqualTo(EvaluationReport.ndcgChart(specs));
    }

    @Test
    void everyRegressionNamesAKnownDatasetRankerAndMetrics() {
        for (RegressionSpec s : RegressionYaml.loadClasspath()) {
            assertThat(s.fileName()).isEqualTo(s.dataset() + "-" + s.split() + "-" + s.ranker() + ".yaml");
            assertThat(io.techmatch.evaluation.dataset.Datasets.NAMES).contains(s.dataset());
            assertThat(io.techmatch.evaluation.rank.RankerSession.NAMES).contains(s.ranker());
            assertThat(s.metrics()).contains("ndcg@10", "judged@10");
            assertThat(s.expected().keySet()).containsExactlyInAnyOrderElementsOf(s.metrics());
            assertThat(s.tolerance()).isPositive().isLessThan(0.01);
        }
    }
}
