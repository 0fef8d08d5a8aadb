package io.techmatch.core.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Combines a lexical and a dense ranking into one: weighted min-max or z-score normalized scores, or RRF. */
final class Fusion {
    private Fusion() {
    }

    /** A candidate of one side: its id and raw score, lists best first. */
    record Scored(String id, double score) {
    }

    /** A fused candidate with the raw component scores (0 when a side did not retrieve it). */
    record Fused(String id, double score, double lexical, double dense) {
    }

    static List<Fused> fuse(List<Scored> lexical, List<Scored> dense, FusionSettings settings) {
        Map<String, double[]> byId = new LinkedHashMap<>(); // fused, lexical raw, dense raw, seen-by bits
        add(byId, lexical, settings, settings.lexicalWeight(), 1);
        add(byId, dense, settings, settings.denseWeight(), 2);
        if (settings.method() == FusionMethod.ZSCORE) {
            // a side that did not retrieve a document says it scores at most its last hit: count that, not 0
            addFloor(byId, lexical, settings.lexicalWeight(), 1);
            addFloor(byId, dense, settings.denseWeight(), 2);
        }
        List<Fused> out = new ArrayList<>(byId.size());
        byId.forEach((id, v) -> out.add(new Fused(id, v[0], v[1], v[2])));
        out.sort(Comparator.comparingDouble(Fused::score).reversed().thenComparing(Fused::id));
        return out;
    }

    private static void add(Map<String, double[]> byId, List<Scored> list, FusionSettings settings, double weight,
                            int slot) {
        double min = list.stream().mapToDouble(Scored::score).min().orElse(0);
        double max = list.stream().mapToDouble(Scored::score).max().orElse(0);
        double mean = list.stream().mapToDouble(Scored::score).average().orElse(0);
        double sd = standardDeviation(list, mean);
        for (int rank = 0; rank < list.size(); rank++) {
            Scored s = list.get(rank);
            double part = switch (settings.method()) {
                // a list of one, or of equal scores, carries no spread: each of its hits gets the full weight
                case WEIGHTED -> weight * (max > min ? (s.score() - min) / (max - min) : 1.0);
                case ZSCORE -> weight * (sd > 0 ? (s.score() - mean) / sd : 0.0);
                case RRF -> weight / (settings.rrfK() + rank + 1);
            };
            double[] v = byId.computeIfAbsent(s.id(), k -> new double[4]);
            v[0] += part;
            v[slot] = s.score();
            v[3] += slot;
        }
    }

    private static void addFloor(Map<String, double[]> byId, List<Scored> list, double weight, int slot) {
        if (list.isEmpty()) {
            return;
        }
        double mean = list.stream().mapToDouble(Scored::score).average().orElse(0);
        double sd = standardDeviation(list, mean);
        double floor = sd > 0 ? weight * (list.get(list.size() - 1).score() - mean) / sd : 0.0;
        for (double[] v : byId.values()) {
            if (((int) v[3] & slot) == 0) {
                v[0] += floor;
            }
        }
    }

    private static double standardDeviation(List<Scored> list, double mean) {
        double sum = 0;
        for (Scored s : list) {
            sum += (s.score() - mean) * (s.score() - mean);
        }
        return list.size() > 1 ? Math.sqrt(sum / list.size()) : 0;
    }
}
