package io.techmatch.core.match;

import java.util.List;
import java.util.Map;

/** Needs ranked for an achievement, patent or organization; {@code emptyReason} is null unless empty. */
public record ReverseMatchResult(String kind, String sourceId, List<String> ownerOrgIds, List<NeedCandidate> needs,
                                 int total, String emptyReason) {
    public ReverseMatchResult {
        ownerOrgIds = List.copyOf(ownerOrgIds);
        needs = List.copyOf(needs);
    }

    /**
     * One need, its demanding organization, the feature breakdown (same names and weights as forward matching,
     * restricted to text, ipc, industry, recency, proximity, region, chain) and paths from the need to the owner.
     */
    public record NeedCandidate(int rank, String needId, String title, String demanderOrgId, String demanderName,
                                String regionId, double score, Map<String, Double> features,
                                Map<String, Double> contributions, List<ExplanationPath> paths) {
        public NeedCandidate {
            features = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(features));
            contributions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contributions));
            paths = List.copyOf(paths);
        }
    }
}
