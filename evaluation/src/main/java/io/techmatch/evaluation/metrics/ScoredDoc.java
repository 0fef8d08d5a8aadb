package io.techmatch.evaluation.metrics;

import java.util.Objects;

/** One retrieved item (document or organization) with the score its ranker gave it. */
public record ScoredDoc(String docId, double score) {
    public ScoredDoc {
        Objects.requireNonNull(docId, "docId");
    }
}
