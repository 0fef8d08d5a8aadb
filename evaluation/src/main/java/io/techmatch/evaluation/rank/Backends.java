package io.techmatch.evaluation.rank;

import io.techmatch.evaluation.dataset.Corpus;
import io.techmatch.evaluation.dataset.Dataset;

/** The product's search and matcher, as the command line and the regression IT use them. */
public final class Backends {
    private Backends() {
    }

    /** The product's evidence index over a corpus. */
    public static SearchBackend productSearch() {
        return (corpus, dense) -> {
            throw new UnsupportedOperationException("EvidenceIndex is not yet in the installed matcher-core; only the "
                    + "popularity ranker works (corpus " + corpus.name() + ")");
        };
    }

    /** A ranker session over the product backends for one dataset. */
    public static RankerSession session(Dataset dataset) {
        Corpus corpus = dataset.corpus();
        return new RankerSession(corpus, productSearch(), null);
    }
}
