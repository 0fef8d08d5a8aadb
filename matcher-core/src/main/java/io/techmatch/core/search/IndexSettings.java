package io.techmatch.core.search;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How an {@link EvidenceIndex} is kept. {@code directory} null = in memory; {@code denseEnabled} false = no
 * embeddings (DENSE and HYBRID searches then fall back to HanLP BM25, with a warning); {@code embeddingCacheDir}
 * null = embeddings cached in memory only.
 */
public record IndexSettings(Path directory, boolean denseEnabled, EmbeddingModel model, Path embeddingCacheDir,
                            FusionSettings fusion) {

    public IndexSettings {
        model = model == null ? EmbeddingModel.QUANTIZED : model;
        fusion = fusion == null ? FusionSettings.defaults() : fusion;
    }

    public static IndexSettings inMemory(boolean dense) {
        return new IndexSettings(null, dense, EmbeddingModel.QUANTIZED, null, FusionSettings.defaults());
    }

    public IndexSettings withFusion(FusionSettings fusion) {
        return new IndexSettings(directory, denseEnabled, model, embeddingCacheDir, Objects.requireNonNull(fusion));
    }
}
