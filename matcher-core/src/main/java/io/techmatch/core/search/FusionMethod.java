package io.techmatch.core.search;

/** How hybrid retrieval combines the lexical and the dense ranking. */
public enum FusionMethod {
    /** Each list's scores min-max normalized to [0, 1], then a weighted sum (a missing score counts as 0). */
    WEIGHTED,
    /** Reciprocal rank fusion: the weighted sum of {@code 1 / (rrfK + rank)}, ranks from 1. */
    RRF
}
