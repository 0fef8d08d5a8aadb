package io.techmatch.evaluation.rank;

import io.techmatch.core.search.EmbeddingModel;
import io.techmatch.core.search.RetrievalMode;
import io.techmatch.evaluation.dataset.Corpus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rankers of one corpus, sharing one evidence index: it is built once (lexical only until a dense ranker is
 * asked for, then once more with embeddings) and closed with the session. This is the entry point for rankers.
 */
public final class RankerSession implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RankerSession.class);

    /** Ranker names, as used in regression YAML and on the command line. */
    public static final Map<String, RetrievalMode> SEARCH_RANKERS = Map.of(
            "bm25-cjk", RetrievalMode.BM25_CJK,
            "bm25-smartcn", RetrievalMode.BM25_SMARTCN,
            "bm25-hanlp", RetrievalMode.BM25_HANLP,
            "dense", RetrievalMode.DENSE,
            "hybrid", RetrievalMode.HYBRID,
            "dense-q", RetrievalMode.DENSE,
            "hybrid-q", RetrievalMode.HYBRID);
    /** Rankers on the quantized bge-small-zh model instead of the default full-precision one (for comparison). */
    static final String QUANTIZED_SUFFIX = "-q";
    public static final List<String> NAMES = List.of("bm25-cjk", "bm25-smartcn", "bm25-hanlp", "dense", "hybrid",
            "dense-q", "hybrid-q", "techmatch", "popularity");

    private final Corpus corpus;
    private final SearchBackend backend;
    private final OrgRankerFactory techmatch;
    private SearchBackend.OpenIndex index;
    /** Dense indexes with other models than the default, opened on demand (one per model). */
    private final Map<EmbeddingModel, SearchBackend.OpenIndex> otherModels = new EnumMap<>(EmbeddingModel.class);
    private final List<AutoCloseable> closeables = new java.util.ArrayList<>();

    /** A factory for the full techmatch ranker, which needs the graph as well as the index. */
    public interface OrgRankerFactory {
        Ranker create(Corpus corpus, SearchBackend.OpenIndex index);
    }

    public RankerSession(Corpus corpus, SearchBackend backend, OrgRankerFactory techmatch) {
        this.corpus = corpus;
        this.backend = backend;
        this.techmatch = techmatch;
    }

    public Corpus corpus() {
        return corpus;
    }

    public Ranker ranker(String name) {
        if (name.equals("popularity")) {
            return new PopularityRanker(corpus);
        }
        RetrievalMode mode = SEARCH_RANKERS.get(name);
        if (mode != null && name.endsWith(QUANTIZED_SUFFIX)) {
            return new SearchRanker(name, index(EmbeddingModel.QUANTIZED).search(), mode, corpus);
        }
        if (mode != null) {
            return new SearchRanker(name, index(mode == RetrievalMode.DENSE || mode == RetrievalMode.HYBRID).search(),
                    mode, corpus);
        }
        if (name.equals("techmatch")) {
            if (techmatch == null || corpus.level() != Corpus.Level.ORGANIZATION) {
                throw new IllegalArgumentException("ranker 'techmatch' ranks organizations; corpus " + corpus.name()
                        + " is " + corpus.level() + (techmatch == null ? " or has no graph" : ""));
            }
            Ranker ranker = techmatch.create(corpus, index(true));
            if (ranker instanceof AutoCloseable closeable) {
                closeables.add(closeable);
            }
            return ranker;
        }
        throw new IllegalArgumentException("unknown ranker '" + name + "', expected one of " + NAMES);
    }

    /** The shared index, rebuilt with embeddings the first time a dense ranker needs them. */
    synchronized SearchBackend.OpenIndex index(boolean dense) {
        if (index != null && (index.dense() || !dense)) {
            return index;
        }
        if (index != null) {
            index.close();
        }
        long start = System.nanoTime();
        index = backend.open(corpus, dense);
        log.info("Indexed {} documents of {} (dense={}) in {} ms", corpus.documents().size(), corpus.name(), dense,
                (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    /** The dense index with another model than the default, built once per session. */
    synchronized SearchBackend.OpenIndex index(EmbeddingModel model) {
        return otherModels.computeIfAbsent(model, m -> {
            long start = System.nanoTime();
            SearchBackend.OpenIndex opened = backend.open(corpus, m);
            log.info("Indexed {} documents of {} with {} in {} ms", corpus.documents().size(), corpus.name(),
                    m.modelName(), (System.nanoTime() - start) / 1_000_000);
            return opened;
        });
    }

    /** Documents in the shared index (or in another model's: the same corpus), or -1 when no ranker needed one. */
    public synchronized long indexedDocuments() {
        if (index != null) {
            return index.indexedDocuments();
        }
        return otherModels.values().stream().mapToLong(SearchBackend.OpenIndex::indexedDocuments).findFirst().orElse(-1);
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                log.warn("Closing {} failed: {}", c, e.toString());
            }
        }
        closeables.clear();
        otherModels.values().forEach(SearchBackend.OpenIndex::close);
        otherModels.clear();
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
