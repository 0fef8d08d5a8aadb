package io.techmatch.evaluation.metrics;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-query metrics as pure functions of a ranking (doc ids, best first) and the query's judgments. Definitions
 * follow trec_eval: relevant means grade ≥ 1; unjudged docs count as not relevant; P@k and judged@k divide by k
 * even when fewer than k docs were retrieved; recall and AP divide by all relevant docs in the judgments.
 * Duplicate doc ids in a ranking count once, at their first position (trec_eval rejects duplicates).
 */
public final class Metrics {
    private Metrics() {
    }

    /**
     * nDCG@k with gain 2^g − 1 and discount log2(rank + 1). The ideal DCG takes the best k grades of ALL judged docs
     * of the query, not only the retrieved ones. 0 when the query has no relevant doc.
     */
    public static double ndcg(List<String> ranking, Map<String, Integer> judgments, int k) {
        double dcg = 0;
        List<String> top = dedup(ranking, k);
        for (int i = 0; i < top.size(); i++) {
            dcg += gain(judgments.getOrDefault(top.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = judgments.values().stream().filter(g -> g > 0)
                .sorted((a, b) -> Integer.compare(b, a)).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Share of the query's relevant docs found in the top k. */
    public static double recall(List<String> ranking, Map<String, Integer> judgments, int k) {
        long relevant = relevantCount(judgments);
        if (relevant == 0) {
            return 0;
        }
        return dedup(ranking, k).stream().filter(d -> isRelevant(judgments, d)).count() / (double) relevant;
    }

    /** Relevant docs in the top k, divided by k. */
    public static double precision(List<String> ranking, Map<String, Integer> judgments, int k) {
        return dedup(ranking, k).stream().filter(d -> isRelevant(judgments, d)).count() / (double) k;
    }

    /** 1 / rank of the first relevant doc over the whole ranking; 0 when none is retrieved. */
    public static double reciprocalRank(List<String> ranking, Map<String, Integer> judgments) {
        List<String> all = dedup(ranking, Integer.MAX_VALUE);
        for (int i = 0; i < all.size(); i++) {
            if (isRelevant(judgments, all.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Average precision over the whole ranking: the sum of P@rank at each relevant doc, over all relevant docs. */
    public static double averagePrecision(List<String> ranking, Map<String, Integer> judgments) {
        long relevant = relevantCount(judgments);
        if (relevant == 0) {
            return 0;
        }
        List<String> all = dedup(ranking, Integer.MAX_VALUE);
        double sum = 0;
        int found = 0;
        for (int i = 0; i < all.size(); i++) {
            if (isRelevant(judgments, all.get(i))) {
                found++;
                sum += found / (double) (i + 1);
            }
        }
        return sum / relevant;
    }

    /** Share of the top k that has a judgment (any grade, 0 included), divided by k as in anserini. */
    public static double judged(List<String> ranking, Map<String, Integer> judgments, int k) {
        return dedup(ranking, k).stream().filter(judgments::containsKey).count() / (double) k;
    }

    static double gain(int grade) {
        return grade <= 0 ? 0 : Math.pow(2, grade) - 1;
    }

    private static boolean isRelevant(Map<String, Integer> judgments, String doc) {
        return judgments.getOrDefault(doc, 0) >= 1;
    }

    private static long relevantCount(Map<String, Integer> judgments) {
        return judgments.values().stream().filter(g -> g >= 1).count();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static List<String> dedup(List<String> ranking, int k) {
        Set<String> seen = new HashSet<>();
        return ranking.stream().filter(seen::add).limit(k).toList();
    }
}
