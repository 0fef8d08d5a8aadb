package io.techmatch.core.search;

import java.util.Objects;

/**
 * How hybrid (and dense) retrieval is done at query time. {@code candidateDepth} is how many hits each side
 * retrieves before fusing (at least the query's limit is used); the weights apply to every method; {@code rrfK} only
 * to {@link FusionMethod#RRF}. {@code bigrams}: the lexical side of a hybrid query also matches the CJK-bigram fields
 * (HanLP words and bigrams summed), which recovers words the segmenter splits differently in query and document.
 * {@code passages}: how many of a document's passage vectors dense retrieval reads (1 = the title and the start of
 * the body only; up to {@link DocumentMapper#MAX_PASSAGES}); a document scores its best passage (MaxP).
 * {@code feedbackDocs} and {@code feedbackWeight}: dense pseudo-relevance feedback (Rocchio on the vectors of the top
 * documents, no re-embedding); 0 docs = off.
 * {@code nameWeight} and {@code nameBoost} use the demand's name (see {@link QueryText}) apart from its whole text:
 * dense retrieval embeds the name on its own and scores a document by {@code (1 - nameWeight) * sim(text) +
 * nameWeight * sim(name)} (0 = the whole text's vector only); the lexical side adds the name's terms once more with
 * boost {@code nameBoost} (0 = off). Queries without a name are unaffected.
 */
public record FusionSettings(FusionMethod method, double lexicalWeight, double denseWeight, int rrfK, int candidateDepth,
                             boolean bigrams, int passages, int feedbackDocs, double feedbackWeight, double nameWeight,
                             double nameBoost) {

    public FusionSettings {
        Objects.requireNonNull(method, "method");
        if (lexicalWeight < 0 || denseWeight < 0 || lexicalWeight + denseWeight <= 0) {
            throw new IllegalArgumentException("weights must be >= 0 and not both 0");
        }
        if (rrfK < 1) {
            throw new IllegalArgumentException("rrfK must be >= 1, was " + rrfK);
        }
        if (candidateDepth < 1 || candidateDepth > SearchQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("candidateDepth must be 1.." + SearchQuery.MAX_LIMIT);
        }
        if (passages < 1 || passages > DocumentMapper.MAX_PASSAGES) {
            throw new IllegalArgumentException("passages must be 1.." + DocumentMapper.MAX_PASSAGES + ", was " + passages);
        }
        if (feedbackDocs < 0 || feedbackDocs > 100 || feedbackWeight < 0) {
            throw new IllegalArgumentException("feedbackDocs must be 0..100 and feedbackWeight >= 0");
        }
        if (nameWeight < 0 || nameWeight >= 1 || nameBoost < 0) {
            throw new IllegalArgumentException("nameWeight must be in [0, 1) and nameBoost >= 0");
        }
    }

    /** Without the name options (the settings before they existed). */
    public FusionSettings(FusionMethod method, double lexicalWeight, double denseWeight, int rrfK, int candidateDepth,
                          boolean bigrams, int passages, int feedbackDocs, double feedbackWeight) {
        this(method, lexicalWeight, denseWeight, rrfK, candidateDepth, bigrams, passages, feedbackDocs, feedbackWeight,
                0, 0);
    }

    /** Fusion only: HanLP words alone, the first passage alone, no feedback (the settings before passages). */
    public FusionSettings(FusionMethod method, double lexicalWeight, double denseWeight, int rrfK, int candidateDepth) {
        this(method, lexicalWeight, denseWeight, rrfK, candidateDepth, false, 1, 0, 0);
    }

    /**
     * The default, chosen on the techmarket dev judgments (nDCG@10, 46 queries): weighted min-max fusion at 0.35/0.65
     * gave 0.589, 0.30/0.70 0.583, 0.45/0.55 0.567; RRF (k 60) 0.498-0.520; a theoretical-minimum normalization 0.48.
     */
    public static FusionSettings defaults() {
        return new FusionSettings(FusionMethod.WEIGHTED, 0.35, 0.65, 60, 100);
    }

    public static FusionSettings rrf() {
        return new FusionSettings(FusionMethod.RRF, 1.0, 1.0, 60, 100);
    }

    public FusionSettings withWeights(double lexical, double dense) {
        return new FusionSettings(method, lexical, dense, rrfK, candidateDepth, bigrams, passages, feedbackDocs,
                feedbackWeight, nameWeight, nameBoost);
    }

    public FusionSettings withMethod(FusionMethod m) {
        return new FusionSettings(m, lexicalWeight, denseWeight, rrfK, candidateDepth, bigrams, passages, feedbackDocs,
                feedbackWeight, nameWeight, nameBoost);
    }

    public FusionSettings withBigrams(boolean on) {
        return new FusionSettings(method, lexicalWeight, denseWeight, rrfK, candidateDepth, on, passages, feedbackDocs,
                feedbackWeight, nameWeight, nameBoost);
    }

    public FusionSettings withPassages(int n) {
        return new FusionSettings(method, lexicalWeight, denseWeight, rrfK, candidateDepth, bigrams, n, feedbackDocs,
                feedbackWeight, nameWeight, nameBoost);
    }

    public FusionSettings withFeedback(int docs, double weight) {
        return new FusionSettings(method, lexicalWeight, denseWeight, rrfK, candidateDepth, bigrams, passages, docs,
                weight, nameWeight, nameBoost);
    }

    public FusionSettings withName(double weight, double boost) {
        return new FusionSettings(method, lexicalWeight, denseWeight, rrfK, candidateDepth, bigrams, passages,
                feedbackDocs, feedbackWeight, weight, boost);
    }
}
