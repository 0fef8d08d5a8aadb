package io.techmatch.evaluation.rank;

import io.techmatch.evaluation.metrics.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The logged feature vectors of one topic: every candidate the matcher scored (ids and feature values in
 * {@link WeightTuning#FEATURES} order) and the topic's judgments. {@code group} keeps topics that share a source
 * (the co-applicant topics of one patent) in the same cross-validation fold.
 */
record TopicFeatures(String dataset, String topicId, String group, List<String> orgIds, double[][] features,
                     Map<String, Integer> judgments) {

    /** The candidates re-ranked by Σ weight × feature, best first, ties by id as the matcher breaks them. */
    List<String> ranking(double[] weights, int depth) {
        List<Integer> order = new ArrayList<>();
        double[] scores = new double[orgIds.size()];
        for (int i = 0; i < orgIds.size(); i++) {
            double s = 0;
            for (int j = 0; j < weights.length; j++) {
                s += weights[j] * features[i][j];
            }
            scores[i] = s;
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(orgIds::get));
        return order.stream().limit(depth).map(orgIds::get).toList();
    }

    double metric(Metric metric, double[] weights) {
        return metric.compute(ranking(weights, Experiment.RUN_DEPTH), judgments);
    }

    /** Index of the best-judged candidate in the pool, or -1 when no relevant organization was scored. */
    int relevantIndex() {
        int best = -1;
        for (int i = 0; i < orgIds.size(); i++) {
            int g = judgments.getOrDefault(orgIds.get(i), 0);
            if (g >= 1 && (best < 0 || g > judgments.getOrDefault(orgIds.get(best), 0))) {
                best = i;
            }
        }
        return best;
    }
}
