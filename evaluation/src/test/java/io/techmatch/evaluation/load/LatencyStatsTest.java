package io.techmatch.evaluation.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {
    private static final long MS = 1_000_000L;

    @Test
    void percentilesOfKnownLatencies() {
        LatencyStats stats = new LatencyStats();
        for (int i = 1; i <= 100; i++) {
            stats.success(RequestKind.MATCH, i * MS); // 1 ms .. 100 ms
        }
        LatencyStats.LatencyFigures match = stats.figures(10_000 * MS).byKind().get(0);
        assertThat(match.kind()).isEqualTo("match");
        assertThat(match.requests()).isEqualTo(100);
        // HdrHistogram keeps 3 significant digits
        assertThat(match.p50()).isCloseTo(50, within(0.1));
        assertThat(match.p95()).isCloseTo(95, within(0.1));
        assertThat(match.p99()).isCloseTo(99, within(0.1));
        assertThat(match.max()).isCloseTo(100, within(0.1));
        assertThat(match.mean()).isCloseTo(50.5, within(0.1));
        assertThat(match.throughput()).isCloseTo(10.0, within(1e-9)); // 100 requests in 10 s
    }

    @Test
    void failuresAreCountedByKindAndStatusAndKeptOutOfLatencies() {
        LatencyStats stats = new LatencyStats();
        stats.success(RequestKind.EVIDENCE, 8 * MS);
        stats.success(RequestKind.MATCH, 200 * MS);
        stats.failure(RequestKind.MATCH, "503");
        stats.failure(RequestKind.MATCH, "503");
        stats.failure(RequestKind.EVIDENCE, "timeout");
        LatencyStats.Figures figures = stats.figures(2_000 * MS);
        assertThat(figures.errorsByStatus()).containsExactly(Map.entry("evidence timeout", 1L), Map.entry("match 503", 2L));
        assertThat(figures.all().requests()).isEqualTo(2);
        assertThat(figures.all().errors()).isEqualTo(3);
        assertThat(figures.all().throughput()).isCloseTo(1.0, within(1e-9));
        assertThat(figures.byKind()).extracting(LatencyStats.LatencyFigures::kind).containsExactly("match", "evidence");
        assertThat(figures.byKind().get(0).errors()).isEqualTo(2);
        assertThat(figures.byKind().get(0).max()).isCloseTo(200, within(0.2));
    }

    @Test
    void kindsWithNoRequestAreLeftOutAndAnEmptyRunHasZeroFigures() {
        LatencyStats.Figures figures = new LatencyStats().figures(0);
        assertThat(figures.byKind()).isEmpty();
        assertThat(figures.all().requests()).isZero();
        assertThat(figures.all().throughput()).isZero();
    }

    @Test
    void matchExplainIsNotConfusedWithMatchWhenCountingErrors() {
        LatencyStats stats = new LatencyStats();
        stats.failure(RequestKind.MATCH_EXPLAIN, "500");
        LatencyStats.Figures figures = stats.figures(MS);
        assertThat(figures.byKind()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("match-explain");
            assertThat(f.errors()).isEqualTo(1);
        });
    }
}
