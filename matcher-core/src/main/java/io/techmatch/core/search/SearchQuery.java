package io.techmatch.core.search;

import java.util.Set;

/**
 * A retrieval request. {@code kinds} restricts the node labels searched (empty = all); {@code includeConfidential}
 * is false for callers who may not see confidential needs.
 */
public record SearchQuery(String text, Set<String> kinds, int limit, RetrievalMode mode, boolean includeConfidential) {
    public static final int MAX_LIMIT = 1000;

    public SearchQuery {
        text = text == null ? "" : text;
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
        mode = mode == null ? RetrievalMode.HYBRID : mode;
    }

    public static SearchQuery of(String text, int limit, RetrievalMode mode, String... kinds) {
        return new SearchQuery(text, Set.of(kinds), limit, mode, true);
    }
}
