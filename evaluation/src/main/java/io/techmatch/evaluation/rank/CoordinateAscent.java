package io.techmatch.evaluation.rank;

import io.techmatch.evaluation.metrics.Metric;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Coordinate ascent over non-negative feature weights (Metzler and Croft's listwise method): one weight at a time
 * is set to the value among a grid of relative and absolute steps that most improves the objective, until a pass
 * changes nothing. The objective is the mean of each dataset's mean metric, so a dataset with more topics does not
 * dominate. Several starts (the given weights, then seeded random points) guard against a poor local optimum.
 * Only features that vary within some topic of the training data are tuned: the data cannot say anything about the
 * others (e.g. no dataset has broker feedback), so they keep their initial weight, and the tuned ones share the rest
 * of the unit sum.
 */
final class CoordinateAscent {
    private static final double[] RELATIVE = {0, 0.25, 0.5, 0.8, 1.25, 2, 4};
    private static final double[] ABSOLUTE = {0.005, 0.02, 0.05, 0.1, 0.2, 0.4};
    private static final int MAX_PASSES = 12;

    private final Metric metric;
    private final int starts;
    private final long seed;

    CoordinateAscent(Metric metric, int starts, long seed) {
        this.metric = metric;
        this.starts = starts;
        this.seed = seed;
    }

    double[] fit(List<TopicFeatures> topics, double[] initial) {
        boolean[] tunable = tunable(topics, initial.length);
        Random random = new Random(seed);
        double[] best = normalized(initial, initial, tunable);
        double bestValue = objective(topics, best);
        for (int s = 0; s < starts; s++) {
            double[] start = s == 0 ? initial.clone() : randomPoint(random, initial, tunable);
            double[] w = climb(topics, start, initial, tunable);
            double v = objective(topics, w);
            if (v > bestValue + 1e-12) {
                best = w;
                bestValue = v;
            }
        }
        return best;
    }

    double objective(List<TopicFeatures> topics, double[] weights) {
        TreeMap<String, double[]> byDataset = new TreeMap<>();
        for (TopicFeatures t : topics) {
            double[] acc = byDataset.computeIfAbsent(t.dataset(), k -> new double[2]);
            acc[0] += t.metric(metric, weights);
            acc[1]++;
        }
        return byDataset.values().stream().mapToDouble(a -> a[0] / a[1]).average().orElse(0);
    }

    /** Features whose value differs between two candidates of at least one topic. */
    static boolean[] tunable(List<TopicFeatures> topics, int n) {
        boolean[] out = new boolean[n];
        for (TopicFeatures t : topics) {
            for (int j = 0; j < n; j++) {
                for (int i = 1; i < t.features().length && !out[j]; i++) {
                    out[j] = t.features()[i][j] != t.features()[0][j];
                }
            }
        }
        return out;
    }

    private double[] climb(List<TopicFeatures> topics, double[] start, double[] initial, boolean[] tunable) {
        double[] w = normalized(start, initial, tunable);
        double value = objective(topics, w);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean changed = false;
            for (int j = 0; j < w.length; j++) {
                if (!tunable[j]) {
                    continue;
                }
                double keep = w[j];
                double bestStep = keep;
                double bestValue = value;
                for (double step : steps(keep)) {
                    w[j] = step;
                    if (Arrays.stream(w).sum() <= 0) {
                        continue;
                    }
                    double v = objective(topics, w);
                    if (v > bestValue + 1e-12) {
                        bestValue = v;
                        bestStep = step;
                    }
                }
                w[j] = bestStep;
                if (bestStep != keep) {
                    changed = true;
                    value = bestValue;
                }
            }
            w = normalized(w, initial, tunable);
            value = objective(topics, w);
            if (!changed) {
                break;
            }
        }
        return w;
    }

    private static double[] steps(double current) {
        double[] out = new double[RELATIVE.length + ABSOLUTE.length];
        for (int i = 0; i < RELATIVE.length; i++) {
            out[i] = current * RELATIVE[i];
        }
        System.arraycopy(ABSOLUTE, 0, out, RELATIVE.length, ABSOLUTE.length);
        return out;
    }

    private static double[] randomPoint(Random random, double[] initial, boolean[] tunable) {
        double[] w = initial.clone();
        for (int i = 0; i < w.length; i++) {
            if (tunable[i]) {
                w[i] = -Math.log(1 - random.nextDouble()); // exponential draws: uniform on the simplex once normalized
            }
        }
        return normalized(w, initial, tunable);
    }

    /**
     * Fixed features at their initial weight; tunable ones scaled to share what is left of a unit sum, rounded to
     * four decimals (finer differences are noise at these topic counts).
     */
    static double[] normalized(double[] w, double[] initial, boolean[] tunable) {
        double fixed = 0;
        double free = 0;
        for (int i = 0; i < w.length; i++) {
            if (tunable[i]) {
                free += w[i];
            } else {
                fixed += initial[i];
            }
        }
        double budget = 1 - fixed;
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double v = tunable[i] ? (free <= 0 ? 0 : w[i] / free * budget) : initial[i];
            out[i] = Math.round(v * 1e4) / 1e4;
        }
        return out;
    }

    static String format(List<String> names, double[] w) {
        return java.util.stream.IntStream.range(0, w.length).mapToObj(i -> names.get(i) + "=" + String.format(java.util.Locale.ROOT, "%.4f", w[i]))
                .collect(Collectors.joining(", "));
    }
}
