package io.techmatch.core.search;

import java.util.Collection;
import java.util.Map;

import java.util.List;

/** Ranked retrieval of evidence documents. Implementations are thread-safe. */
public interface EvidenceSearch {
    /** Hits best first, ties broken by id; an empty or meaningless query gives an empty list. */
    List<EvidenceHit> search(SearchQuery query);

    /**
     * Highlighted snippets of the documents {@code ids} for {@code text}, as {@link #search} would give them; ids that
     * are not in the index are left out. The default has none.
     */
    default Map<String, String> snippets(String text, RetrievalMode mode, Collection<String> ids) {
        return Map.of();
    }
}
