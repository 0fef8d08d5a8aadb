package io.techmatch.core.match;

import io.techmatch.core.search.EvidenceHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns document hits into organization evidence (the document-centric model of expert finding): each hit counts
 * for every owner. The text score is a discounted noisy-OR over the owner's top-k hits, with hit scores scaled by
 * the best hit of the query: {@code 1 - Π (1 - s_i · 0.5^i)}. One excellent document gives a high score; many weak
 * ones add little, so volume alone is not rewarded.
 */
final class EvidenceAggregator {
    static final double DISCOUNT = 0.5;

    /** One organization's evidence: its hits best first, the text score and the latest evidence year. */
    record OrgEvidence(String orgId, List<EvidenceHit> hits, double text, Integer lastYear) {
    }

    private EvidenceAggregator() {
    }

    static Map<String, OrgEvidence> aggregate(List<EvidenceHit> hits, int topK) {
        double best = hits.stream().mapToDouble(EvidenceHit::score).max().orElse(0);
        Map<String, List<EvidenceHit>> byOrg = new TreeMap<>();
        for (EvidenceHit hit : hits) {
            for (String owner : owners(hit)) {
                byOrg.computeIfAbsent(owner, k -> new ArrayList<>()).add(hit);
            }
        }
        Map<String, OrgEvidence> out = new TreeMap<>();
        Comparator<EvidenceHit> order = Comparator.comparingDouble(EvidenceHit::score).reversed()
                .thenComparing(EvidenceHit::id);
        byOrg.forEach((org, list) -> {
            list.sort(order);
            double miss = 1;
            for (int i = 0; i < Math.min(topK, list.size()); i++) {
                double s = best <= 0 ? 0 : Math.max(0, list.get(i).score()) / best;
                miss *= 1 - s * Math.pow(DISCOUNT, i);
            }
            Integer last = list.stream().map(EvidenceHit::year).filter(y -> y != null)
                    .max(Integer::compare).orElse(null);
            out.put(org, new OrgEvidence(org, List.copyOf(list), 1 - miss, last));
        });
        return out;
    }

    /** Owners of a hit; an organization profile is its own evidence. */
    static List<String> owners(EvidenceHit hit) {
        if ("Organization".equals(hit.kind())) {
            return List.of(hit.id());
        }
        return hit.ownerIds() == null ? List.of() : hit.ownerIds().stream().distinct().toList();
    }

    /** Evidence-count feature: log-saturating, full at {@code 2·topK} documents. */
    static double countFeature(int count, int topK) {
        return Math.min(1, Math.log1p(count) / Math.log1p(2.0 * topK));
    }
}
