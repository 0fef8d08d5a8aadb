package io.techmatch.evaluation.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Integer weights per request kind, e.g. {@code match=40,explain=20,evidence=25,needs=15}. The driver sends request
 * {@code n} of a run as entry {@code n mod totalWeight} of {@link #schedule()}, built by smooth weighted round robin: every window of
 * {@code totalWeight} consecutive requests holds exactly {@code weight} requests of each kind, spread evenly, so a
 * short run still has the stated mix and two runs send the same sequence.
 */
public record RequestMix(Map<RequestKind, Integer> weights) {
    public RequestMix {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("the request mix is empty");
        }
        weights.forEach((kind, weight) -> {
            if (weight == null || weight < 0) {
                throw new IllegalArgumentException("weight of " + kind.cliName() + " must be >= 0, was " + weight);
            }
        });
        if (weights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new IllegalArgumentException("the request mix has only zero weights");
        }
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    /** Parses {@code kind=weight[,kind=weight...]}; a bare {@code kind} has weight 1. */
    public static RequestMix parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("the request mix is empty");
        }
        Map<RequestKind, Integer> weights = new EnumMap<>(RequestKind.class);
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", -1);
            if (kv.length > 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("'" + part + "' is not kind=weight");
            }
            RequestKind kind = RequestKind.parse(kv[0]);
            int weight;
            try {
                weight = kv.length == 1 ? 1 : Integer.parseInt(kv[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weight of " + kind.cliName() + " is not an integer: '" + kv[1] + "'");
            }
            if (weights.putIfAbsent(kind, weight) != null) {
                throw new IllegalArgumentException(kind.cliName() + " appears twice in the request mix");
            }
        }
        return new RequestMix(weights);
    }

    public int totalWeight() {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One window of the schedule: {@code totalWeight} kinds in smooth weighted round-robin order. */
    public List<RequestKind> schedule() {
        Map<RequestKind, Integer> current = new EnumMap<>(RequestKind.class);
        int total = totalWeight();
        List<RequestKind> order = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            RequestKind best = null;
            for (Map.Entry<RequestKind, Integer> e : weights.entrySet()) {
                int value = current.merge(e.getKey(), e.getValue(), Integer::sum);
                if (e.getValue() > 0 && (best == null || value > current.get(best))) {
                    best = e.getKey();
                }
            }
            current.merge(best, -total, Integer::sum);
            order.add(best);
        }
        return List.copyOf(order);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        weights.forEach((k, w) -> b.append(b.isEmpty() ? "" : ",").append(k.cliName()).append('=').append(w));
        return b.toString();
    }
}
