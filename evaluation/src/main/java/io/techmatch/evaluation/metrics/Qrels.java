package io.techmatch.evaluation.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Graded relevance judgments: query id → (doc id → grade). A grade of at least 1 counts as relevant (trec_eval's
 * default {@code relevance_level}); a judged doc with grade 0 is judged but not relevant; an unjudged doc is
 * neither.
 */
public record Qrels(Map<String, Map<String, Integer>> judgments) {
    public Qrels {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        judgments.forEach((q, docs) -> copy.put(q, Map.copyOf(docs)));
        judgments = java.util.Collections.unmodifiableMap(copy);
    }

    public Map<String, Integer> forQuery(String queryId) {
        return judgments.getOrDefault(queryId, Map.of());
    }

    public Set<String> queryIds() {
        return judgments.keySet();
    }

    /** True when the query has at least one doc with grade ≥ 1. */
    public boolean hasRelevant(String queryId) {
        return forQuery(queryId).values().stream().anyMatch(g -> g >= 1);
    }
}
