package io.techmatch.core.match;

import io.techmatch.core.search.RetrievalMode;

/**
 * How the matcher works, fixed per {@link Matcher}. {@code candidateDepth}: how many organizations are scored
 * (retrieval + graph expansion); {@code evidencePerCandidate}: the top-k evidence documents that count towards an
 * organization's text score (diminishing returns beyond); {@code maxResults}: the largest page a caller may ask for;
 * {@code retrievalDepth}: evidence documents retrieved per query; {@code expansionPerSource}: organizations added
 * by each graph expansion (collaborators of strong candidates, IPC profile matches); {@code referenceYear}: the
 * year recency is measured from when a need has none (null = the latest year seen in the evidence, so results do
 * not depend on the clock).
 */
public record MatchSettings(FeatureWeights weights, int candidateDepth, int evidencePerCandidate, int maxResults,
                            int retrievalDepth, int expansionPerSource, RetrievalMode retrievalMode,
                            Integer referenceYear) {

    public MatchSettings {
        weights = weights == null ? FeatureWeights.defaults() : weights;
        retrievalMode = retrievalMode == null ? RetrievalMode.HYBRID : retrievalMode;
        require(candidateDepth >= 1 && candidateDepth <= 2000, "candidateDepth must be 1..2000");
        require(evidencePerCandidate >= 1 && evidencePerCandidate <= 50, "evidencePerCandidate must be 1..50");
        require(maxResults >= 1 && maxResults <= 500, "maxResults must be 1..500");
        require(retrievalDepth >= 1 && retrievalDepth <= 1000, "retrievalDepth must be 1..1000");
        require(expansionPerSource >= 0 && expansionPerSource <= 500, "expansionPerSource must be 0..500");
    }

    public static MatchSettings defaults() {
        return new MatchSettings(FeatureWeights.defaults(), 200, 5, 100, 300, 30, RetrievalMode.HYBRID, null);
    }

    public MatchSettings withWeights(FeatureWeights w) {
        return new MatchSettings(w, candidateDepth, evidencePerCandidate, maxResults, retrievalDepth,
                expansionPerSource, retrievalMode, referenceYear);
    }

    public MatchSettings withRetrievalMode(RetrievalMode mode) {
        return new MatchSettings(weights, candidateDepth, evidencePerCandidate, maxResults, retrievalDepth,
                expansionPerSource, mode, referenceYear);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
