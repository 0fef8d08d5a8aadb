package io.techmatch.core.match;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The transparent score: contribution = weight × feature value; score = sum of contributions in feature order. */
final class Scorer {
    /** Best score first; equal scores by organization id, so the same graph and query give the same ranking. */
    static final Comparator<Scored> ORDER = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(Scored::id);

    interface Scored {
        double score();

        String id();
    }

    private Scorer() {
    }

    static Map<String, Double> contributions(Map<String, Double> features, FeatureWeights weights) {
        Map<String, Double> w = weights.asMap();
        Map<String, Double> out = new LinkedHashMap<>();
        for (String name : Feature.ALL) {
            Double value = features.get(name);
            if (value != null) {
                out.put(name, w.get(name) * value);
            }
        }
        return out;
    }

    static double sum(Map<String, Double> contributions) {
        double s = 0;
        for (String name : Feature.ALL) {
            s += contributions.getOrDefault(name, 0.0);
        }
        return s;
    }
}
