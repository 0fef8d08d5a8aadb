package io.techmatch.evaluation.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Paired significance and confidence intervals over per-query scores. Seeds are fixed so that a report is
 * reproducible. Both use the same query order for the two systems; callers pair by query id.
 */
public final class Significance {
    private Significance() {
    }

    /** The result of a two-sided paired randomization test. */
    public record PairedResult(double meanA, double meanB, double meanDifference, double pValue, int trials) {
    }

    /** A percentile bootstrap interval of the mean. */
    public record Interval(double mean, double low, double high, double level) {
    }

    /**
     * Two-sided paired randomization (permutation) test: under the null hypothesis the labels A/B of each query are
     * exchangeable, so each per-query difference flips its sign with probability ½. The p-value is the share of
     * trials whose |mean difference| reaches the observed one, with the +1 correction (Smucker et al., CIKM 2007).
     */
    public static PairedResult randomization(List<Double> a, List<Double> b, int trials, long seed) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("paired samples differ in size: " + a.size() + " vs " + b.size());
        }
        int n = a.size();
        double[] diff = new double[n];
        for (int i = 0; i < n; i++) {
            diff[i] = a.get(i) - b.get(i);
        }
        double observed = n == 0 ? 0 : Math.abs(Arrays.stream(diff).sum() / n);
        SplittableRandom random = new SplittableRandom(seed);
        int atLeast = 0;
        for (int t = 0; t < trials; t++) {
            double sum = 0;
            for (double d : diff) {
                sum += random.nextBoolean() ? d : -d;
            }
            // a tiny epsilon so that floating-point noise does not decide ties
            if (n > 0 && Math.abs(sum / n) >= observed - 1e-12) {
                atLeast++;
            }
        }
        double meanA = a.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double meanB = b.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new PairedResult(meanA, meanB, meanA - meanB, (atLeast + 1.0) / (trials + 1.0), trials);
    }

    /** Percentile bootstrap confidence interval of the mean of {@code values} at {@code level} (e.g. 0.95). */
    public static Interval bootstrapMean(List<Double> values, double level, int resamples, long seed) {
        int n = values.size();
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        if (n == 0) {
            return new Interval(0, 0, 0, level);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values.get(random.nextInt(n));
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        double alpha = (1 - level) / 2;
        int lo = (int) Math.floor(alpha * (resamples - 1));
        int hi = (int) Math.ceil((1 - alpha) * (resamples - 1));
        return new Interval(mean, means[lo], means[hi], level);
    }
}
