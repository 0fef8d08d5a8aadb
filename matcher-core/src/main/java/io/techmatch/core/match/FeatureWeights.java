package io.techmatch.core.match;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Weights of the ranking features; a candidate's score is the sum of weight × feature value (each value in [0, 1]).
 * The defaults sum to 1 so that a score reads as a share of a perfect candidate. They are tuned, not reasoned: the
 * evaluation module's {@code tune} command (coordinate ascent over the logged feature vectors of the coapplicant and
 * synthetic-partners topics, hybrid retrieval, objective the mean of the two datasets' nDCG@10) fitted them on all
 * topics; its 5-fold cross-validated figures are in docs/matching.md. Features that no judged dataset exercises
 * (industry, org type, chain, track record: neither dataset has industries, preferences or feedback) keep their
 * earlier hand-set weights, since the data says nothing about them. Tuning never happens per query.
 */
public record FeatureWeights(double text, double ipc, double industry, double evidence, double recency,
                             double proximity, double academiaExperience, double region, double orgType,
                             double chain, double trackRecord) {

    public FeatureWeights {
        double[] all = {text, ipc, industry, evidence, recency, proximity, academiaExperience, region, orgType,
                chain, trackRecord};
        double sum = 0;
        for (double w : all) {
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("feature weights must be finite and >= 0, got " + w);
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one feature weight must be positive");
        }
    }

    public static FeatureWeights defaults() {
        // tune --retrieval HYBRID, fit on all 122 topics (2026-11-22); the hand-set weights before were
        // 0.30, 0.12, 0.06, 0.08, 0.05, 0.08, 0.06, 0.08, 0.05, 0.05, 0.07
        return new FeatureWeights(0.4042, 0.0856, 0.06, 0.0156, 0.0, 0.1712, 0.0086, 0.0848, 0.05, 0.05, 0.07);
    }

    /** Builds weights from a name → weight map (as configuration binds it); missing names take the default. */
    public static FeatureWeights fromMap(Map<String, Double> weights) {
        Map<String, Double> merged = new LinkedHashMap<>(defaults().asMap());
        weights.forEach((name, w) -> {
            if (!merged.containsKey(name)) {
                throw new IllegalArgumentException("unknown feature '" + name + "', known: " + Feature.ALL);
            }
            merged.put(name, w);
        });
        return new FeatureWeights(merged.get(Feature.TEXT), merged.get(Feature.IPC), merged.get(Feature.INDUSTRY),
                merged.get(Feature.EVIDENCE), merged.get(Feature.RECENCY), merged.get(Feature.PROXIMITY),
                merged.get(Feature.ACADEMIA_EXPERIENCE), merged.get(Feature.REGION), merged.get(Feature.ORG_TYPE),
                merged.get(Feature.CHAIN), merged.get(Feature.TRACK_RECORD));
    }

    /** The weights by feature name, in the fixed feature order. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(Feature.TEXT, text);
        m.put(Feature.IPC, ipc);
        m.put(Feature.INDUSTRY, industry);
        m.put(Feature.EVIDENCE, evidence);
        m.put(Feature.RECENCY, recency);
        m.put(Feature.PROXIMITY, proximity);
        m.put(Feature.ACADEMIA_EXPERIENCE, academiaExperience);
        m.put(Feature.REGION, region);
        m.put(Feature.ORG_TYPE, orgType);
        m.put(Feature.CHAIN, chain);
        m.put(Feature.TRACK_RECORD, trackRecord);
        return m;
    }
}
