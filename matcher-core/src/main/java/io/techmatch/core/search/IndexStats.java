package io.techmatch.core.search;

import java.util.Map;

/**
 * The state of an evidence index. {@code documentsByKind} counts live documents per node label;
 * {@code indexedDictionaryVersion} is the HanLP dictionary version the text was analyzed with, and {@code stale}
 * says it differs from the loaded one. {@code written}/{@code unchanged}/{@code deleted} describe the last change
 * (an upsert skips documents whose content did not change); {@code embedded}/{@code embeddingCacheHits} are totals
 * since the index was opened.
 */
public record IndexStats(Map<String, Long> documentsByKind, long documents, long denseVectors,
                         long dictionaryVersion, long indexedDictionaryVersion, boolean stale,
                         int written, int unchanged, int deleted, long embedded, long embeddingCacheHits) {

    public IndexStats {
        documentsByKind = Map.copyOf(documentsByKind);
    }
}
