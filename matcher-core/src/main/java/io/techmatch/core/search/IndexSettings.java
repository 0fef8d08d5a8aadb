package io.techmatch.core.search;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How an {@link EvidenceIndex} is kept. {@code directory} null = in memory; {@code denseEnabled} false = no
 * embeddings (DENSE and HYBRID searches then fall back to HanLP BM25, with a warning); {@code embeddingCacheDir}
 * null = embeddings cached in memory only. {@code passageVectors}: how many passage vectors each document gets
 * (1 = title and start of the body only, up to {@link DocumentMapper#MAX_PASSAGES}); more cost embedding time and
 * are read only by searches whose {@link FusionSettings#passages()} asks for them (on techmarket they did not help,
 * see docs/retrieval.md, so the default is 1).
 */
public record IndexSettings(Path directory, boolean denseEnabled, EmbeddingModel model, Path embeddingCacheDir,
                            FusionSettings fusion, int passageVectors) {

    public IndexSettings {
        model = model == null ? EmbeddingModel.DEFAULT : model;
        fusion = fusion == null ? FusionSettings.defaults() : fusion;
        if (passageVectors < 1 || passageVectors > DocumentMapper.MAX_PASSAGES) {
            throw new IllegalArgumentException("passageVectors must be 1.." + DocumentMapper.MAX_PASSAGES);
        }
    }

    /** One passage vector per document. */
    public IndexSettings(Path directory, boolean denseEnabled, EmbeddingModel model, Path embeddingCacheDir,
                         FusionSettings fusion) {
        this(directory, denseEnabled, model, embeddingCacheDir, fusion, 1);
    }

    public static IndexSettings inMemory(boolean dense) {
        return new IndexSettings(null, dense, EmbeddingModel.DEFAULT, null, FusionSettings.defaults());
    }

    public IndexSettings withFusion(FusionSettings fusion) {
        return new IndexSettings(directory, denseEnabled, model, embeddingCacheDir, Objects.requireNonNull(fusion),
                passageVectors);
    }
}
