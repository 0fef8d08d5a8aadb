package io.techmatch.core.search;

import java.util.List;

/** Ranked retrieval of evidence documents. Implementations are thread-safe. */
public interface EvidenceSearch {
    /** Hits best first, ties broken by id; an empty or meaningless query gives an empty list. */
    List<EvidenceHit> search(SearchQuery query);
}
