package io.techmatch.evaluation.rank;

import io.techmatch.evaluation.dataset.Corpus;
import io.techmatch.evaluation.dataset.Dataset;

/** The product's search and matcher, as the command line and the regression IT use them. */
public final class Backends {
    private Backends() {
    }

    /** The product's evidence index over a corpus. */
    public static SearchBackend productSearch() {
        return new EvidenceIndexBackend();
    }

    /** A ranker session over the product backends for one dataset. */
    public static RankerSession session(Dataset dataset) {
        Corpus corpus = dataset.corpus();
        RankerSession.OrgRankerFactory techmatch = corpus.level() == Corpus.Level.ORGANIZATION
                ? (c, index) -> new TechmatchRanker(c, index.search()) : null;
        return new RankerSession(corpus, productSearch(), techmatch);
    }
}
