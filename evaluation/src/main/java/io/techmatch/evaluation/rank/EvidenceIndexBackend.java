package io.techmatch.evaluation.rank;

import io.techmatch.core.search.EmbeddingModel;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.EvidenceSearch;
import io.techmatch.core.search.FusionSettings;
import io.techmatch.core.search.IndexSettings;
import io.techmatch.core.search.IndexStats;
import io.techmatch.evaluation.dataset.Corpus;
import java.nio.file.Path;

/**
 * The product's {@link EvidenceIndex}, in memory, filled with the corpus documents. Embeddings are cached on disk
 * by text hash ({@code -Dtechmatch.eval.embedding-cache}, default {@code ~/.cache/techmatch/embeddings}), so only
 * the first dense run over a corpus pays for them.
 */
final class EvidenceIndexBackend implements SearchBackend {
    static final String CACHE_PROPERTY = "techmatch.eval.embedding-cache";

    @Override
    public OpenIndex open(Corpus corpus, boolean dense) {
        return open(corpus, dense, EmbeddingModel.DEFAULT);
    }

    @Override
    public OpenIndex open(Corpus corpus, EmbeddingModel model) {
        return open(corpus, true, model);
    }

    private static OpenIndex open(Corpus corpus, boolean dense, EmbeddingModel model) {
        EvidenceIndex index = EvidenceIndex.open(new IndexSettings(null, dense, model, dense ? cacheDir() : null,
                FusionSettings.defaults()));
        IndexStats stats = index.upsert(corpus.documents());
        return new OpenIndex() {
            @Override
            public EvidenceSearch search() {
                return index;
            }

            @Override
            public boolean dense() {
                return dense;
            }

            @Override
            public long indexedDocuments() {
                return stats.documents();
            }

            @Override
            public void close() {
                index.close();
            }
        };
    }

    static Path cacheDir() {
        String configured = System.getProperty(CACHE_PROPERTY);
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "techmatch", "embeddings");
    }
}
