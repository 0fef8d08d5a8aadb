package io.techmatch.core.search;

/** How hybrid retrieval combines the lexical and the dense ranking. */
public enum FusionMethod {
    /** Each list's scores min-max normalized to [0, 1], then a weighted sum (a missing score counts as 0). */
    WEIGHTED,
    /**
     * Each list's scores standardized (minus the list's mean, over its standard deviation), then a weighted sum; a
     * missing score counts as the list's minimum. Less sensitive than min-max to one outlying top score.
     */
    ZSCORE,
    /** Reciprocal rank fusion: the weighted sum of {@code 1 / (rrfK + rank)}, ranks from 1. */
    RRF
}
