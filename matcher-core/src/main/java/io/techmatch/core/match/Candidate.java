package io.techmatch.core.match;

import java.util.List;
import java.util.Map;

/**
 * One ranked organization. {@code features} are the normalized values in [0, 1]; {@code contributions} are
 * weight × value, and {@code score} is their sum.
 */
public record Candidate(int rank, String orgId, String name, String type, String regionId, String regionName,
                        double score, Map<String, Double> features, Map<String, Double> contributions,
                        List<EvidenceRef> evidence, List<ExpertRef> experts) {
    public Candidate {
        features = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(features));
        contributions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contributions));
        evidence = List.copyOf(evidence);
        experts = List.copyOf(experts);
    }
}
