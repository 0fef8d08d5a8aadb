package io.techmatch.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed examples; the arithmetic is spelled out so that a reviewer can redo it. */
class MetricsTest {
    // d1=3, d3=2, d4=1 relevant; d2, d5 judged non-relevant; x unjudged
    static final Map<String, Integer> QRELS = Map.of("d1", 3, "d2", 0, "d3", 2, "d4", 1, "d5", 0);
    static final List<String> RUN = List.of("d2", "d1", "x", "d4", "d3");

    @Test
    void ndcgUsesExponentialGainLogDiscountAndIdealFromAllJudgedDocs() {
        // DCG@5 = 7/log2(3) + 1/log2(5) + 3/log2(6) = 6.0077432
        // IDCG@5 = 7/log2(2) + 3/log2(3) + 1/log2(4) = 9.3927893
        assertThat(Metrics.ndcg(RUN, QRELS, 5)).isCloseTo(6.0077432 / 9.3927893, within(1e-6));
        // @2: 7/log2(3) over 7 + 3/log2(3); the ideal counts d3 although the run ranks it 5th
        assertThat(Metrics.ndcg(RUN, QRELS, 2)).isCloseTo(4.4165082 / 8.8927893, within(1e-6));
        assertThat(Metrics.ndcg(List.of("d1", "d3", "d4"), QRELS, 10)).isCloseTo(1.0, within(1e-12));
        assertThat(Metrics.ndcg(RUN, Map.of("d2", 0), 10)).isZero();
    }

    @Test
    void recallPrecisionAndJudgedDivideAsTrecEval() {
        assertThat(Metrics.recall(RUN, QRELS, 2)).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(Metrics.recall(RUN, QRELS, 5)).isEqualTo(1.0);
        assertThat(Metrics.precision(RUN, QRELS, 5)).isCloseTo(0.6, within(1e-12));
        // P@10 divides by 10 although only 5 docs were retrieved
        assertThat(Metrics.precision(RUN, QRELS, 10)).isCloseTo(0.3, within(1e-12));
        // 4 of the top 5 are judged (x is not); grade-0 judgments count as judged
        assertThat(Metrics.judged(RUN, QRELS, 5)).isCloseTo(0.8, within(1e-12));
        assertThat(Metrics.judged(RUN, QRELS, 10)).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void reciprocalRankAndAveragePrecision() {
        assertThat(Metrics.reciprocalRank(RUN, QRELS)).isEqualTo(0.5);
        assertThat(Metrics.reciprocalRank(List.of("x", "d2"), QRELS)).isZero();
        // relevant at ranks 2, 4, 5: (1/2 + 2/4 + 3/5) / 3
        assertThat(Metrics.averagePrecision(RUN, QRELS)).isCloseTo((0.5 + 0.5 + 0.6) / 3, within(1e-12));
        // a relevant doc never retrieved still counts in the denominator
        assertThat(Metrics.averagePrecision(List.of("d1"), QRELS)).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void duplicatesCountOnceAtTheirFirstPosition() {
        List<String> dup = List.of("d1", "d1", "d3");
        assertThat(Metrics.precision(dup, QRELS, 3)).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(Metrics.averagePrecision(dup, QRELS)).isCloseTo((1 + 1) / 3.0, within(1e-12));
    }

    @Test
    void metricNamesParseAndRejectNonsense() {
        assertThat(Metric.parse("nDCG@10")).isEqualTo(new Metric("ndcg", 10));
        assertThat(Metric.parse("mrr").compute(RUN, QRELS)).isEqualTo(0.5);
        assertThat(Metric.parse("recall@100").toString()).isEqualTo("recall@100");
        assertThatThrownBy(() -> Metric.parse("ndcg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Metric.parse("mrr@10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Metric.parse("bpref")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evaluationExcludesAndCountsQueriesWithoutRelevantDocs() {
        Qrels qrels = new Qrels(Map.of("q1", QRELS, "q2", Map.of("d9", 0)));
        Run run = new Run("t", Map.of("q1", RUN.stream().map(d -> new ScoredDoc(d, 1)).toList()));
        Evaluation e = Evaluation.of(run, qrels, List.of("q1", "q2", "q3"), List.of(Metric.parse("mrr")));
        assertThat(e.excluded()).containsExactly("q2", "q3");
        assertThat(e.evaluatedCount()).isEqualTo(1);
        assertThat(e.mean(Metric.parse("mrr"))).isEqualTo(0.5);
    }

    @Test
    void unansweredJudgedQueryScoresZeroInTheMean() {
        Qrels qrels = new Qrels(Map.of("q1", QRELS, "q2", Map.of("d1", 1)));
        Run run = new Run("t", Map.of("q1", List.of(new ScoredDoc("d1", 1))));
        Evaluation e = Evaluation.of(run, qrels, List.of("q1", "q2"), List.of(Metric.parse("mrr")));
        assertThat(e.mean(Metric.parse("mrr"))).isEqualTo(0.5);
    }
}
