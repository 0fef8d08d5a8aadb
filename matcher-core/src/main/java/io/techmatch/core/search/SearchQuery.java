package io.techmatch.core.search;

import java.util.Set;

/**
 * A retrieval request. {@code kinds} restricts the node labels searched (empty = all); {@code includeConfidential}
 * is false for callers who may not see confidential needs; {@code snippets} false leaves {@link EvidenceHit#snippet()}
 * null, for callers that show few of many hits and ask {@link EvidenceSearch#snippets} for those.
 */
public record SearchQuery(String text, Set<String> kinds, int limit, RetrievalMode mode, boolean includeConfidential,
                          boolean snippets) {
    public static final int MAX_LIMIT = 1000;

    public SearchQuery {
        text = text == null ? "" : text;
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
        mode = mode == null ? RetrievalMode.HYBRID : mode;
    }

    /** With snippets. */
    public SearchQuery(String text, Set<String> kinds, int limit, RetrievalMode mode, boolean includeConfidential) {
        this(text, kinds, limit, mode, includeConfidential, true);
    }

    public SearchQuery withoutSnippets() {
        return new SearchQuery(text, kinds, limit, mode, includeConfidential, false);
    }

    public static SearchQuery of(String text, int limit, RetrievalMode mode, String... kinds) {
        return new SearchQuery(text, Set.of(kinds), limit, mode, true);
    }
}
