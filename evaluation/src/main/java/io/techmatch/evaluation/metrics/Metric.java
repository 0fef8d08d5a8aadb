package io.techmatch.evaluation.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A metric by name, as written in regression YAML and on the command line: {@code ndcg@10}, {@code recall@100},
 * {@code p@10}, {@code judged@10}, {@code mrr}, {@code map}.
 */
public record Metric(String family, int k) {
    public static final List<String> FAMILIES = List.of("ndcg", "recall", "p", "judged", "mrr", "map");

    public Metric {
        if (!FAMILIES.contains(family)) {
            throw new IllegalArgumentException("unknown metric '" + family + "', expected one of " + FAMILIES);
        }
        boolean cut = !family.equals("mrr") && !family.equals("map");
        if (cut && k < 1) {
            throw new IllegalArgumentException("metric " + family + " needs a cut-off, e.g. " + family + "@10");
        }
        if (!cut && k != 0) {
            throw new IllegalArgumentException("metric " + family + " takes no cut-off");
        }
    }

    public static Metric parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        int at = n.indexOf('@');
        return at < 0 ? new Metric(n, 0) : new Metric(n.substring(0, at), Integer.parseInt(n.substring(at + 1)));
    }

    public double compute(List<String> ranking, Map<String, Integer> judgments) {
        return switch (family) {
            case "ndcg" -> Metrics.ndcg(ranking, judgments, k);
            case "recall" -> Metrics.recall(ranking, judgments, k);
            case "p" -> Metrics.precision(ranking, judgments, k);
            case "judged" -> Metrics.judged(ranking, judgments, k);
            case "mrr" -> Metrics.reciprocalRank(ranking, judgments);
            case "map" -> Metrics.averagePrecision(ranking, judgments);
            default -> throw new IllegalStateException(family);
        };
    }

    @Override
    public String toString() {
        return k == 0 ? family : family + "@" + k;
    }
}
