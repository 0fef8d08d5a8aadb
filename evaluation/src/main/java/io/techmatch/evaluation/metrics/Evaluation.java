package io.techmatch.evaluation.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one run against one set of judgments: per-query values and their means. Only queries with at
 * least one relevant doc are evaluated (the usual TREC practice); the others are counted in {@code excluded}.
 * A judged query that the run did not answer counts with an empty ranking (score 0), as trec_eval's {@code -c}.
 */
public record Evaluation(List<Metric> metrics, Map<String, Map<Metric, Double>> perQuery, List<String> excluded) {

    public static Evaluation of(Run run, Qrels qrels, List<String> queryIds, List<Metric> metrics) {
        Map<String, Map<Metric, Double>> perQuery = new LinkedHashMap<>();
        List<String> excluded = new ArrayList<>();
        for (String q : queryIds) {
            if (!qrels.hasRelevant(q)) {
                excluded.add(q);
                continue;
            }
            Map<Metric, Double> values = new LinkedHashMap<>();
            for (Metric m : metrics) {
                values.put(m, m.compute(run.docIds(q), qrels.forQuery(q)));
            }
            perQuery.put(q, values);
        }
        return new Evaluation(List.copyOf(metrics), perQuery, List.copyOf(excluded));
    }

    /** Scores every query of the qrels (the {@code score} command: any run against any qrels). */
    public static Evaluation of(Run run, Qrels qrels, List<Metric> metrics) {
        return of(run, qrels, List.copyOf(qrels.queryIds()), metrics);
    }

    public double mean(Metric metric) {
        return perQuery.values().stream().mapToDouble(v -> v.get(metric)).average().orElse(0);
    }

    public Map<String, Double> means() {
        Map<String, Double> means = new LinkedHashMap<>();
        metrics.forEach(m -> means.put(m.toString(), mean(m)));
        return means;
    }

    /** Per-query values of one metric, in query order. */
    public Map<String, Double> values(Metric metric) {
        Map<String, Double> values = new LinkedHashMap<>();
        perQuery.forEach((q, v) -> values.put(q, v.get(metric)));
        return values;
    }

    public int evaluatedCount() {
        return perQuery.size();
    }
}
