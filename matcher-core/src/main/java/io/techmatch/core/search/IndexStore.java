package io.techmatch.core.search;

import io.techmatch.core.graph.GraphModel;
import io.techmatch.core.text.AnalyzerFactory;
import io.techmatch.core.text.TextBootstrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** The Lucene side of the evidence index: one writer, near-real-time searchers, commits that record the dictionary. */
final class IndexStore implements AutoCloseable {
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Embedder embedder;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndexStore.class);
    private final int passageVectors;
    private volatile long indexedDictionaryVersion;
    private volatile String indexedFingerprint;
    /** The field layout of the documents in the index ({@link IndexFields#FORMAT} unless written by older code). */
    private volatile String indexedFormat;
    /** The embedding model of the vectors in the index; null when it holds none. */
    private volatile String indexedModel;

    private IndexStore(Directory directory, IndexWriter writer, Embedder embedder, int passageVectors)
            throws IOException {
        this.directory = directory;
        this.passageVectors = passageVectors;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.embedder = embedder;
        Map<String, String> recorded = new HashMap<>();
        if (writer.getLiveCommitData() != null) {
            writer.getLiveCommitData().forEach(e -> recorded.put(e.getKey(), e.getValue()));
        }
        // An empty index is fresh by definition. A populated one is fresh only when it recorded the fingerprint of
        // the analysis configuration loaded now (a version number restarts at 1 in every JVM, so it cannot tell);
        // otherwise it is stale, and the next search (or the app's start-up check) re-analyzes it.
        // The same holds for the field layout: an index written with other field options is stale, and rewritten.
        boolean empty = writer.getDocStats().numDocs == 0;
        String format = recorded.getOrDefault(IndexFields.FORMAT_VERSION, "1");
        boolean fresh = empty
                || TextBootstrap.analyzerFingerprint().equals(recorded.get(IndexFields.ANALYZER_FINGERPRINT));
        this.indexedDictionaryVersion = fresh ? TextBootstrap.dictionaryVersion() : -1;
        this.indexedFingerprint = fresh ? TextBootstrap.analyzerFingerprint()
                : recorded.getOrDefault(IndexFields.ANALYZER_FINGERPRINT, "none");
        this.indexedFormat = empty ? IndexFields.FORMAT : format;
        this.indexedModel = recorded.containsKey(IndexFields.EMBEDDING_MODEL) ? recorded.get(IndexFields.EMBEDDING_MODEL)
                : hasVectors() ? IndexFields.MODEL_BEFORE_RECORDED : null;
        if (!fresh) {
            log.warn("Evidence index was analyzed with fingerprint {}, the loaded configuration is {}: stale",
                    indexedFingerprint, TextBootstrap.analyzerFingerprint());
        }
        if (!IndexFields.FORMAT.equals(indexedFormat)) {
            log.warn("Evidence index has field layout {}, this code writes {}: stale, it will be rewritten",
                    indexedFormat, IndexFields.FORMAT);
        }
        if (otherModel()) {
            log.warn("Evidence index holds vectors of {}, this index embeds with {}: stale, they will be made again",
                    indexedModel, embedder.model().modelName());
        }
    }

    private boolean hasVectors() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(new FieldExistsQuery(IndexFields.VECTOR)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the evidence index", e);
        } finally {
            release(searcher);
        }
    }

    /** True when the index holds vectors of another model than the one this index embeds with. */
    private boolean otherModel() {
        return embedder != null && indexedModel != null && !indexedModel.equals(embedder.model().modelName());
    }

    static IndexStore open(Path path, Embedder embedder, int passageVectors) {
        try {
            Directory dir = path == null ? new ByteBuffersDirectory() : FSDirectory.open(path);
            Map<String, Analyzer> perField = new HashMap<>();
            for (RetrievalMode mode : IndexFields.LEXICAL) {
                perField.put(IndexFields.analyzed(IndexFields.TITLE, mode), AnalyzerFactory.forMode(mode));
                perField.put(IndexFields.analyzed(IndexFields.BODY, mode), AnalyzerFactory.forMode(mode));
            }
            IndexWriterConfig config = new IndexWriterConfig(
                    new PerFieldAnalyzerWrapper(AnalyzerFactory.indexAnalyzer(), perField))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            return new IndexStore(dir, new IndexWriter(dir, config), embedder, passageVectors);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the evidence index at " + path, e);
        }
    }

    /** Writes documents; unless {@code force}, ones whose content hash is unchanged are skipped. */
    synchronized IndexStats write(Collection<EvidenceDocument> docs, boolean deferCommit, boolean force) {
        return write(docs, null, deferCommit, force);
    }

    /** {@code given}: vectors by document id computed elsewhere (not embedded again), or null. */
    synchronized IndexStats write(Collection<EvidenceDocument> docs, Map<String, float[]> given, boolean deferCommit,
                                  boolean force) {
        if (!IndexFields.FORMAT.equals(indexedFormat) && writer.getDocStats().numDocs > 0) {
            reanalyzeAll(); // a document of the new layout cannot join an index of the old one
        }
        try {
            Map<String, EvidenceDocument> byId = new LinkedHashMap<>();
            for (EvidenceDocument d : docs) {
                byId.put(d.id(), DocumentMapper.sanitize(d));
            }
            boolean wasEmpty = writer.getDocStats().numDocs == 0;
            List<EvidenceDocument> changed = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            IndexSearcher searcher = searchers.acquire();
            try {
                for (EvidenceDocument d : byId.values()) {
                    String hash = DocumentMapper.contentHash(d);
                    if (force || !hash.equals(storedHash(searcher, d.id()))) {
                        changed.add(d);
                        hashes.add(hash);
                    }
                }
            } finally {
                searchers.release(searcher);
            }
            List<List<float[]>> vectors = given != null ? changed.stream().map(d -> single(given.get(d.id()))).toList()
                    : embedder == null ? null : embedPassages(changed);
            if (embedder != null && (indexedModel == null || wasEmpty) && !changed.isEmpty()) {
                indexedModel = embedder.model().modelName();
            }
            for (int i = 0; i < changed.size(); i++) {
                EvidenceDocument d = changed.get(i);
                writer.updateDocument(new Term(IndexFields.ID, d.id()),
                        DocumentMapper.toLucene(d, hashes.get(i), vectors == null ? List.of() : vectors.get(i)));
            }
            if (wasEmpty) {
                indexedDictionaryVersion = TextBootstrap.dictionaryVersion();
                indexedFingerprint = TextBootstrap.analyzerFingerprint();
                indexedFormat = IndexFields.FORMAT;
            }
            int unchanged = byId.size() - changed.size();
            return deferCommit ? stats(changed.size(), unchanged, 0) : commit(changed.size(), unchanged, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + docs.size() + " evidence documents", e);
        }
    }

    private static List<float[]> single(float[] vector) {
        return vector == null ? List.of() : List.of(vector);
    }

    /** All passages of all documents embedded in one call (so batches stay full), then split back per document. */
    private List<List<float[]>> embedPassages(List<EvidenceDocument> docs) {
        List<List<String>> passages = docs.stream().map(d -> DocumentMapper.passages(d, passageVectors)).toList();
        List<float[]> flat = embedder.embed(passages.stream().flatMap(List::stream).toList());
        List<List<float[]>> out = new ArrayList<>(docs.size());
        int at = 0;
        for (List<String> p : passages) {
            out.add(flat.subList(at, at + p.size()));
            at += p.size();
        }
        return out;
    }

    synchronized IndexStats delete(Collection<String> ids) {
        try {
            long before = writer.getDocStats().numDocs;
            writer.deleteDocuments(ids.stream().map(id -> new Term(IndexFields.ID, id)).toArray(Term[]::new));
            writer.flush();
            return commit(0, 0, (int) Math.max(0, before - writer.getDocStats().numDocs));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + ids.size() + " evidence documents", e);
        }
    }

    synchronized void clear() {
        try {
            writer.deleteAll();
            indexedDictionaryVersion = TextBootstrap.dictionaryVersion();
            indexedFingerprint = TextBootstrap.analyzerFingerprint();
            indexedFormat = IndexFields.FORMAT;
            indexedModel = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the evidence index", e);
        }
    }

    /**
     * Re-analyzes every live document with the current dictionary; vectors are carried over (one passage per
     * document) or come back from the embedding cache. An index of another field layout is emptied first (deleteAll
     * also forgets the fields' options), then rewritten.
     */
    synchronized IndexStats reanalyzeAll() {
        long version = TextBootstrap.dictionaryVersion();
        String fingerprint = TextBootstrap.analyzerFingerprint();
        boolean otherLayout = !IndexFields.FORMAT.equals(indexedFormat);
        boolean otherModel = otherModel();
        if (fingerprint.equals(indexedFingerprint) && !otherLayout && !otherModel) {
            // a reload of identical content: the tokens are still right, nothing to re-analyze
            indexedDictionaryVersion = version;
            return stats(0, 0, 0);
        }
        List<EvidenceDocument> all = new ArrayList<>();
        // the text did not change, so neither did its vectors: with one passage per document they are carried over
        // (vectors given at import have no cache entry and could not be embedded again in reasonable time)
        // (vectors of another model are not: every document is embedded again, through the cache)
        Map<String, float[]> vectors = embedder != null && passageVectors == 1 && !otherModel ? new HashMap<>() : null;
        IndexSearcher searcher = acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                FloatVectorValues values = vectors == null ? null
                        : leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        EvidenceDocument d = DocumentMapper.fromLucene(stored.document(doc));
                        all.add(d);
                        boolean hasVector = values != null
                                && (values.docID() == doc || values.docID() < doc && values.advance(doc) == doc);
                        if (hasVector) {
                            vectors.put(d.id(), values.vectorValue().clone());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the evidence index for re-analysis", e);
        } finally {
            release(searcher);
        }
        if (otherLayout) {
            try {
                writer.deleteAll();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot empty the evidence index for its new layout", e);
            }
            log.info("Evidence index: rewriting {} documents from layout {} to {}", all.size(), indexedFormat,
                    IndexFields.FORMAT);
            indexedFormat = IndexFields.FORMAT;
        }
        if (otherModel) {
            log.info("Evidence index: embedding {} documents again with {} (the vectors were made with {})",
                    all.size(), embedder.model().modelName(), indexedModel);
            indexedModel = embedder.model().modelName();
        }
        if (!fingerprint.equals(indexedFingerprint)) {
            // at 1M patents this takes minutes, and searches wait for it: say so, and what usually causes it
            // (the stale warning at open gave both fingerprints)
            log.info("Evidence index: re-analyzing {} documents with the loaded analysis configuration; searches wait "
                    + "until it is done. If that configuration did not change on purpose, check the shared data path: "
                    + "without its lexicon the dictionary differs", all.size());
        }
        long start = System.nanoTime();
        for (int from = 0; from < all.size(); from += 1000) {
            write(all.subList(from, Math.min(all.size(), from + 1000)), vectors, true, true);
        }
        indexedDictionaryVersion = version;
        indexedFingerprint = fingerprint;
        IndexStats stats = commit(all.size(), 0, 0);
        log.info("Evidence index: {} documents written again in {} ms", all.size(), (System.nanoTime() - start) / 1_000_000);
        return stats;
    }

    synchronized IndexStats commit(int written, int unchanged, int deleted) {
        try {
            Map<String, String> data = new HashMap<>(Map.of(IndexFields.DICTIONARY_VERSION,
                    String.valueOf(indexedDictionaryVersion), IndexFields.ANALYZER_FINGERPRINT, indexedFingerprint,
                    IndexFields.FORMAT_VERSION, indexedFormat));
            if (indexedModel != null) {
                data.put(IndexFields.EMBEDDING_MODEL, indexedModel);
            }
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            return stats(written, unchanged, deleted);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the evidence index", e);
        }
    }

    IndexStats stats(int written, int unchanged, int deleted) {
        IndexSearcher searcher = acquire();
        try {
            Map<String, Long> byKind = new LinkedHashMap<>();
            for (String kind : GraphModel.Label.TEXT_BEARING) {
                byKind.put(kind, (long) searcher.count(new TermQuery(new Term(IndexFields.KIND, kind))));
            }
            long vectors = searcher.count(new FieldExistsQuery(IndexFields.VECTOR));
            long current = TextBootstrap.dictionaryVersion();
            return new IndexStats(byKind, searcher.getIndexReader().numDocs(), vectors, current,
                    indexedDictionaryVersion, stale(), written, unchanged, deleted,
                    embedder == null ? 0 : embedder.embeddedCount(), embedder == null ? 0 : embedder.cacheHits());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read evidence index statistics", e);
        } finally {
            release(searcher);
        }
    }

    long indexedDictionaryVersion() {
        return indexedDictionaryVersion;
    }

    /**
     * True when the text was analyzed with another configuration than the loaded one (by content fingerprint), or
     * the index has another field layout.
     */
    boolean stale() {
        return !TextBootstrap.analyzerFingerprint().equals(indexedFingerprint) || !IndexFields.FORMAT.equals(indexedFormat)
                || otherModel();
    }

    IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open an evidence index searcher", e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String storedHash(IndexSearcher searcher, String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
        return top.scoreDocs.length == 0 ? null
                : searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexFields.CONTENT_HASH))
                        .get(IndexFields.CONTENT_HASH);
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the evidence index", e);
        }
    }
}
