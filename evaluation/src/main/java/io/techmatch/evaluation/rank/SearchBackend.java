package io.techmatch.evaluation.rank;

import io.techmatch.core.search.EvidenceSearch;
import io.techmatch.evaluation.dataset.Corpus;

/** Opens the product's evidence search over a corpus; {@code dense} asks for embeddings (needed by dense/hybrid). */
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
}
