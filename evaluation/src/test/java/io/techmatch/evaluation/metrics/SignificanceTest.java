package io.techmatch.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignificanceTest {
    @Test
    void identicalRunsAreNotSignificant() {
        List<Double> a = List.of(0.1, 0.5, 0.9, 0.3);
        Significance.PairedResult r = Significance.randomization(a, a, 999, 1);
        assertThat(r.meanDifference()).isZero();
        assertThat(r.pValue()).isEqualTo(1.0);
    }

    @Test
    void pValueMatchesTheExactPermutationDistribution() {
        // three equal positive differences: only the 2 of 8 sign patterns with all signs equal reach |mean| = 1
        Significance.PairedResult r = Significance.randomization(List.of(1.0, 1.0, 1.0), List.of(0.0, 0.0, 0.0),
                20_000, 7);
        assertThat(r.pValue()).isCloseTo(0.25, within(0.015));
        assertThat(r.meanDifference()).isEqualTo(1.0);
    }

    @Test
    void consistentLargeDifferenceIsSignificant() {
        List<Double> a = Collections.nCopies(12, 0.8);
        List<Double> b = Collections.nCopies(12, 0.2);
        // exact p = 2 / 4096
        assertThat(Significance.randomization(a, b, 9_999, 3).pValue()).isLessThan(0.01);
    }

    @Test
    void bootstrapIntervalBracketsTheMeanAndShrinksToAPointForConstants() {
        Significance.Interval constant = Significance.bootstrapMean(Collections.nCopies(10, 0.4), 0.95, 1000, 1);
        assertThat(constant.low()).isCloseTo(0.4, within(1e-12));
        assertThat(constant.high()).isCloseTo(0.4, within(1e-12));
        List<Double> mixed = List.of(0.0, 1.0, 0.0, 1.0, 0.5, 0.25, 1.0, 0.0, 0.0, 1.0);
        Significance.Interval ci = Significance.bootstrapMean(mixed, 0.95, 2000, 1);
        assertThat(ci.mean()).isCloseTo(0.475, within(1e-12));
        assertThat(ci.low()).isLessThan(0.475).isGreaterThanOrEqualTo(0.0);
        assertThat(ci.high()).isGreaterThan(0.475).isLessThanOrEqualTo(1.0);
    }
}
