package io.techmatch.evaluation.rank;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.evaluation.dataset.Corpus;
import io.techmatch.evaluation.dataset.Dataset;
import java.util.function.Supplier;

/** The product's search and matcher, as the command line and the regression IT use them. */
public final class Backends {
    private Backends() {
    }

    /** The product's evidence index over a corpus. */
    public static SearchBackend productSearch() {
        return new EvidenceIndexBackend();
    }

    /** A ranker session over the product backends for one dataset; techmatch starts its own embedded graph. */
    public static RankerSession session(Dataset dataset) {
        Corpus corpus = dataset.corpus();
        RankerSession.OrgRankerFactory techmatch = corpus.level() == Corpus.Level.ORGANIZATION
                ? (c, index) -> new TechmatchRanker(c, index.search()) : null;
        return new RankerSession(corpus, productSearch(), techmatch);
    }

    /**
     * Like {@link #session(Dataset)}, but techmatch loads the corpus into the given graph (which it wipes first),
     * so that a test JVM starts Neo4j once.
     */
    public static RankerSession session(Dataset dataset, Supplier<GraphConnection> graph) {
        Corpus corpus = dataset.corpus();
        RankerSession.OrgRankerFactory techmatch = corpus.level() == Corpus.Level.ORGANIZATION
                ? (c, index) -> new TechmatchRanker(c, index.search(), graph.get()) : null;
        return new RankerSession(corpus, productSearch(), techmatch);
    }
}
