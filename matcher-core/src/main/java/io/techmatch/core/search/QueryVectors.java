package io.techmatch.core.search;

/**
 * A query's embeddings computed ahead of the search (by {@link EvidenceIndex#embedQueryVectors}), so that one
 * embedding serves several searches and search latency can be measured without it: {@code text} of the whole cleaned
 * query, {@code name} of the demand's name alone (null when the query has no name). A null vector is embedded by the
 * search when it needs it.
 */
public record QueryVectors(float[] text, float[] name) {
    public static final QueryVectors NONE = new QueryVectors(null, null);
}
