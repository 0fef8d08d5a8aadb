package io.techmatch.evaluation.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A ranked list per query, best first, as a ranker produced it or as read from a TREC run file. */
public record Run(String tag, Map<String, List<ScoredDoc>> rankings) {
    public Run {
        Map<String, List<ScoredDoc>> copy = new LinkedHashMap<>();
        rankings.forEach((q, docs) -> copy.put(q, List.copyOf(docs)));
        rankings = java.util.Collections.unmodifiableMap(copy);
    }

    public List<ScoredDoc> forQuery(String queryId) {
        return rankings.getOrDefault(queryId, List.of());
    }

    /** The doc ids of one query's ranking, best first. */
    public List<String> docIds(String queryId) {
        return forQuery(queryId).stream().map(ScoredDoc::docId).toList();
    }
}
