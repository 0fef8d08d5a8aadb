package io.techmatch.core.search;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.text.QueryCleaner;
import io.techmatch.core.text.TextBootstrap;
import io.techmatch.core.text.TextSafety;
import io.techmatch.core.text.TextSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence index: every text-bearing node of the graph, searchable by BM25 with three Chinese analyzers, by dense
 * bge-small-zh vectors (Lucene HNSW), or by both fused. It is a derived read model: {@link #rebuildFromGraph}
 * recreates it from the graph alone, {@link #upsert}/{@link #delete} keep it current. When the HanLP dictionary is
 * reloaded the index is stale, and the next search re-analyzes every stored document first. Thread-safe.
 */
public final class EvidenceIndex implements EvidenceSearch, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EvidenceIndex.class);
    private static final int GRAPH_BATCH = 500;

    private final IndexSettings settings;
    private final IndexStore store;
    private final Embedder embedder;

    private EvidenceIndex(IndexSettings settings, IndexStore store, Embedder embedder) {
        this.settings = settings;
        this.store = store;
        this.embedder = embedder;
    }

    public static EvidenceIndex open(IndexSettings settings) {
        if (TextBootstrap.dictionaryVersion() == 0) {
            TextBootstrap.init(TextSettings.defaults());
        }
        Embedder embedder = settings.denseEnabled() ? new Embedder(settings.model(), settings.embeddingCacheDir()) : null;
        IndexStore store = IndexStore.open(settings.directory(), embedder, settings.passageVectors());
        log.info("Evidence index open at {} (dense {}, {} documents)",
                settings.directory() == null ? "memory" : settings.directory(),
                settings.denseEnabled() ? settings.model().modelName() : "off", store.stats(0, 0, 0).documents());
        return new EvidenceIndex(settings, store, embedder);
    }

    /** Adds or replaces documents by id; documents whose content did not change are skipped. */
    public IndexStats upsert(Collection<EvidenceDocument> docs) {
        return store.write(docs == null ? List.of() : docs, false, false);
    }

    /**
     * Like {@link #upsert} with vectors computed elsewhere ({@code vectors} by document id, normalized, dimension
     * {@link EmbeddingModel#DIMENSION}): for imports and benchmarks; the documents are not embedded again.
     */
    public IndexStats upsertWithVectors(Collection<EvidenceDocument> docs, Map<String, float[]> vectors) {
        return store.write(docs == null ? List.of() : docs, Map.copyOf(vectors), false, false);
    }

    /** The query embedding of {@code text} after query cleaning (null when dense is off or nothing is left). */
    public float[] embedQuery(String text) {
        return embedder == null ? null : embedder.embedQuery(QueryCleaner.clean(text));
    }

    /**
     * The embeddings a dense or hybrid search of {@code text} uses: of the whole cleaned text, and of the demand's name
     * when the text has one (see {@link FusionSettings#nameWeight()}); nulls when dense is off.
     */
    public QueryVectors embedQueryVectors(String text) {
        if (embedder == null) {
            return QueryVectors.NONE;
        }
        QueryText q = QueryText.of(text);
        return new QueryVectors(embedder.embedQuery(q.text()), q.name() == null ? null : embedder.embedQuery(q.name()));
    }

    public IndexStats delete(Collection<String> ids) {
        return store.delete(ids == null ? List.of() : ids);
    }

    /** Drops everything and re-reads Patent, Achievement, Need, Project and Organization nodes from the graph. */
    public IndexStats rebuildFromGraph(GraphConnection graph) {
        long start = System.nanoTime();
        store.clear();
        List<IndexStats> parts = new ArrayList<>();
        // force: after clear() the searcher still shows the old documents until the commit, so an unchanged-hash
        // check here would skip (and so lose) every document that did not change.
        long read = GraphEvidenceReader.read(graph, null, GRAPH_BATCH, batch -> parts.add(store.write(batch, true, true)));
        IndexStats stats = store.commit(parts.stream().mapToInt(IndexStats::written).sum(), 0, 0);
        log.info("Evidence index rebuilt from the graph: {} nodes read, {} documents, {} vectors in {} ms", read,
                stats.documents(), stats.denseVectors(), (System.nanoTime() - start) / 1_000_000);
        return stats;
    }

    /** Re-reads the given node ids from the graph: changed ones are updated, vanished ones deleted. */
    public IndexStats refreshFromGraph(GraphConnection graph, Collection<String> ids) {
        List<String> found = new ArrayList<>();
        GraphEvidenceReader.read(graph, ids, GRAPH_BATCH, batch -> {
            store.write(batch, false, false);
            batch.forEach(d -> found.add(d.id()));
        });
        List<String> vanished = ids.stream().filter(id -> !found.contains(id)).toList();
        return store.delete(vanished);
    }

    @Override
    public List<EvidenceHit> search(SearchQuery query) {
        return search(query, settings.fusion());
    }

    /** Like {@link #search(SearchQuery)} with other fusion settings for this query: for tuning without a rebuild. */
    public List<EvidenceHit> search(SearchQuery query, FusionSettings fusion) {
        return search(query, fusion, QueryVectors.NONE);
    }

    /**
     * Like {@link #search(SearchQuery, FusionSettings)} with the query embedding given (from {@link #embedQuery}), so
     * one embedding serves several searches and latency can be measured without it.
     */
    public List<EvidenceHit> search(SearchQuery query, FusionSettings fusion, float[] queryVector) {
        return search(query, fusion, new QueryVectors(queryVector, null));
    }

    /** Like {@link #search(SearchQuery, FusionSettings, float[])} with the name's vector given too. */
    public List<EvidenceHit> search(SearchQuery query, FusionSettings fusion, QueryVectors vectors) {
        if (query == null) {
            return List.of();
        }
        QueryText text = QueryText.of(query.text());
        if (!TextSafety.hasContent(text.text())) {
            return List.of();
        }
        if (isStale()) {
            store.reanalyzeAll();
        }
        RetrievalMode mode = query.mode();
        if (embedder == null && (mode == RetrievalMode.DENSE || mode == RetrievalMode.HYBRID)) {
            log.warn("Dense retrieval is disabled for this index: {} query answered by HanLP BM25", mode);
            mode = RetrievalMode.BM25_HANLP;
        }
        IndexSearcher searcher = store.acquire();
        try {
            // very long queries can exceed Lucene's clause limit: halve them until they fit
            for (QueryText t = text; ; t = t.withText(t.text().substring(0, t.text().length() / 2))) {
                try {
                    return new EvidenceSearcher(searcher, embedder, fusion).search(query, t, mode,
                            vectors == null ? QueryVectors.NONE : vectors);
                } catch (TooManyClauses e) {
                    log.warn("Query of {} chars has too many terms; retrying with {}", t.text().length(),
                            t.text().length() / 2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed for a " + mode + " query", e);
        } finally {
            store.release(searcher);
        }
    }

    @Override
    public Map<String, String> snippets(String text, RetrievalMode mode, Collection<String> ids) {
        QueryText query = QueryText.of(text);
        if (ids == null || ids.isEmpty() || !TextSafety.hasContent(query.text())) {
            return Map.of();
        }
        IndexSearcher searcher = store.acquire();
        try {
            return new EvidenceSearcher(searcher, embedder, settings.fusion()).snippets(query, mode, ids);
        } catch (TooManyClauses e) {
            return Map.of(); // snippets are decoration: a query too long to highlight shows none
        } catch (IOException e) {
            throw new UncheckedIOException("Snippets failed", e);
        } finally {
            store.release(searcher);
        }
    }

    public IndexStats stats() {
        return store.stats(0, 0, 0);
    }

    /**
     * True when the text was analyzed with another analysis configuration than the loaded one: the content
     * fingerprint recorded in the index commit (dictionary terms, stopwords, synonyms, analyzer version) differs, in
     * this JVM after a dictionary reload or across restarts after the files changed.
     */
    public boolean isStale() {
        return store.stale();
    }

    /** Re-analyzes every stored document with the current dictionary (the next search does it when stale). */
    public IndexStats reanalyze() {
        return store.reanalyzeAll();
    }

    public IndexSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        store.close();
        if (embedder != null) {
            embedder.close();
        }
    }
}
