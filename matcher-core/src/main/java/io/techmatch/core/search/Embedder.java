package io.techmatch.core.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns texts into normalized vectors through the cache. Misses are embedded in batches; the in-process model spreads
 * a batch over one thread per core. Thread-safe.
 */
final class Embedder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Embedder.class);
    /** bge-small-zh reads at most 512 tokens (about one per Chinese character); longer text is cut, not averaged. */
    static final int MAX_CHARS = 480;
    private static final int BATCH = 32;

    private final EmbeddingModel which;
    private final dev.langchain4j.model.embedding.EmbeddingModel model;
    private final ExecutorService executor;
    private final EmbeddingCache cache;
    private final AtomicLong embedded = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();

    Embedder(EmbeddingModel which, Path cacheDir) {
        this.which = which;
        this.executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "embedder");
            t.setDaemon(true);
            return t;
        });
        this.model = load(which, executor);
        this.cache = new EmbeddingCache(cacheDir, which.modelName());
    }

    private static dev.langchain4j.model.embedding.EmbeddingModel load(EmbeddingModel which, ExecutorService executor) {
        try {
            Class<?> type = Class.forName(which.className());
            return (dev.langchain4j.model.embedding.EmbeddingModel) type
                    .getConstructor(java.util.concurrent.Executor.class).newInstance(executor);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Embedding model " + which + " needs " + which.className()
                    + " on the classpath (artifact langchain4j-embeddings-" + which.modelName() + ")", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot start embedding model " + which, e);
        }
    }

    static String prepare(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t;
    }

    /** One vector per text, in order; blank texts get null (they have no meaning to embed). */
    List<float[]> embed(List<String> texts) {
        List<String> prepared = texts.stream().map(Embedder::prepare).toList();
        Map<String, String> missing = new LinkedHashMap<>();
        for (String t : prepared) {
            if (!t.isEmpty()) {
                String key = EmbeddingCache.key(t);
                if (cache.get(key) == null) {
                    missing.putIfAbsent(key, t);
                } else {
                    hits.incrementAndGet();
                }
            }
        }
        if (!missing.isEmpty()) {
            embedMissing(missing);
        }
        List<float[]> out = new ArrayList<>(prepared.size());
        for (String t : prepared) {
            out.add(t.isEmpty() ? null : cache.get(EmbeddingCache.key(t)));
        }
        return out;
    }

    /**
     * Queries are embedded directly: they rarely repeat, and caching them would grow the cache without bound. No
     * retrieval instruction is prepended: bge recommends one for short queries, and on the techmarket demands
     * (passages themselves) it measured slightly worse (dense nDCG@10 0.494 with, 0.499 without).
     */
    float[] embedQuery(String text) {
        String t = prepare(text);
        return t.isEmpty() ? null : model.embed(t).content().vector();
    }

    private void embedMissing(Map<String, String> missing) {
        long start = System.nanoTime();
        List<Map.Entry<String, String>> entries = new ArrayList<>(missing.entrySet());
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<Map.Entry<String, String>> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
            List<TextSegment> segments = batch.stream().map(e -> TextSegment.from(e.getValue())).toList();
            List<Embedding> vectors = model.embedAll(segments).content();
            Map<String, float[]> fresh = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                fresh.put(batch.get(i).getKey(), vectors.get(i).vector());
            }
            cache.putAll(fresh);
            embedded.addAndGet(batch.size());
            if (entries.size() > BATCH) {
                log.info("Embedded {}/{} texts with {}", from + batch.size(), entries.size(), which.modelName());
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        if (entries.size() > 1) {
            log.info("Embedded {} texts with {} in {}s ({} docs/s)", entries.size(), which.modelName(),
                    String.format("%.1f", secs), String.format("%.1f", entries.size() / Math.max(secs, 1e-9)));
        }
    }

    long embeddedCount() {
        return embedded.get();
    }

    long cacheHits() {
        return hits.get();
    }

    EmbeddingModel model() {
        return which;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
