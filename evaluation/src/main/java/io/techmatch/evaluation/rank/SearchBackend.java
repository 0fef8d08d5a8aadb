package io.techmatch.evaluation.rank;

import io.techmatch.core.search.EmbeddingModel;
import io.techmatch.core.search.EvidenceSearch;
import io.techmatch.evaluation.dataset.Corpus;

/**
 * Opens the product's evidence search over a corpus; {@code dense} asks for embeddings (needed by dense/hybrid) with
 * the default (quantized) model.
 */
public interface SearchBackend {
    /** An opened index; closing it releases its resources. */
    interface OpenIndex extends AutoCloseable {
        EvidenceSearch search();

        boolean dense();

        /** Documents in the index after loading the corpus: checked against the corpus in every regression. */
        default long indexedDocuments() {
            return -1;
        }

        @Override
        void close();
    }

    OpenIndex open(Corpus corpus, boolean dense);

    /** A dense index with the given embedding model; backends that know only the default one refuse the others. */
    default OpenIndex open(Corpus corpus, EmbeddingModel model) {
        if (model != EmbeddingModel.DEFAULT) {
            throw new UnsupportedOperationException("this backend has only the default model, not " + model);
        }
        return open(corpus, true);
    }
}
