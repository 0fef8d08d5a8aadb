package io.techmatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.techmatch.core.search.EvidenceHit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {
    private static EvidenceHit hit(String id, double score, Integer year, String... owners) {
        return new EvidenceHit(id, "Patent", score, score, 0, id, "", List.of(owners), List.of("H01M10/05"), year);
    }

    @Test
    void defaultWeightsSumToOneAndBadWeightsAreRejected() {
        double sum = FeatureWeights.defaults().asMap().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).isCloseTo(1.0, within(1e-12));
        assertThat(FeatureWeights.defaults().asMap().keySet()).containsExactlyElementsOf(Feature.ALL);
        assertThatThrownBy(() -> FeatureWeights.fromMap(Map.of("text", -0.1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeatureWeights.fromMap(Map.of("colour", 0.1))).hasMessageContaining("colour");
        assertThat(FeatureWeights.fromMap(Map.of("region", 0.5)).region()).isEqualTo(0.5);
    }

    @Test
    void contributionsAreWeightTimesValueAndSumToTheScore() {
        Map<String, Double> f = new HashMap<>();
        Feature.ALL.forEach(name -> f.put(name, 0.5));
        f.put(Feature.TEXT, 1.0);
        FeatureWeights w = FeatureWeights.defaults();
        Map<String, Double> c = Scorer.contributions(f, w);
        assertThat(c.get(Feature.TEXT)).isEqualTo(w.text());
        assertThat(c.get(Feature.REGION)).isCloseTo(0.5 * w.region(), within(1e-12));
        assertThat(Scorer.sum(c)).isCloseTo(w.text() + 0.5 * (1 - w.text()), within(1e-12));
    }

    @Test
    void equalScoresAreOrderedById() {
        record S(String id, double score) implements Scorer.Scored {
        }
        List<S> list = new ArrayList<>(List.of(new S("b", 0.5), new S("c", 0.7), new S("a", 0.5)));
        list.sort(Scorer.ORDER);
        assertThat(list).extracting(S::id).containsExactly("c", "a", "b");
    }

    @Test
    void oneStrongDocumentBeatsManyWeakOnes() {
        List<EvidenceHit> hits = new ArrayList<>();
        hits.add(hit("P-STRONG", 10, 2023, "ORG-A"));
        hits.add(hit("P-A2", 6, 2020, "ORG-A"));
        for (int i = 0; i < 12; i++) {
            hits.add(hit("P-WEAK-" + i, 1.5, 2024, "ORG-B"));
        }
        Map<String, EvidenceAggregator.OrgEvidence> byOrg = EvidenceAggregator.aggregate(hits, 5);
        EvidenceAggregator.OrgEvidence a = byOrg.get("ORG-A");
        EvidenceAggregator.OrgEvidence b = byOrg.get("ORG-B");
        assertThat(a.text()).isCloseTo(1 - (1 - 1.0) * (1 - 0.6 * 0.5), within(1e-12));
        assertThat(b.text()).isLessThan(0.35).isLessThan(a.text());
        assertThat(a.hits()).extracting(EvidenceHit::id).containsExactly("P-STRONG", "P-A2");
        assertThat(a.lastYear()).isEqualTo(2023);
        // volume is capped by top-k: 12 weak documents score as 5 would
        assertThat(b.text()).isEqualTo(EvidenceAggregator.aggregate(hits.subList(0, 7), 5).get("ORG-B").text());
        assertThat(EvidenceAggregator.countFeature(12, 5)).isEqualTo(1.0);
        assertThat(EvidenceAggregator.countFeature(1, 5)).isBetween(0.2, 0.3);
    }

    @Test
    void coApplicationsCountForEveryApplicantAndProfilesForThemselves() {
        EvidenceHit co = hit("P-CO", 3, 2022, "ORG-A", "ORG-B");
        EvidenceHit profile = new EvidenceHit("ORG-C", "Organization", 2, 2, 0, "C", "", List.of(), List.of(), null);
        Map<String, EvidenceAggregator.OrgEvidence> byOrg = EvidenceAggregator.aggregate(List.of(co, profile), 5);
        assertThat(byOrg.keySet()).containsExactly("ORG-A", "ORG-B", "ORG-C");
        assertThat(byOrg.get("ORG-C").text()).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void inferredSubclassesNeedTwoVotesAmongTheTopHits() {
        EvidenceHit a = new EvidenceHit("1", "Patent", 3, 3, 0, "", "", List.of(), List.of("H01M10/05", "B60L58/00"), null);
        EvidenceHit b = new EvidenceHit("2", "Patent", 2, 2, 0, "", "", List.of(), List.of("H01M4/00"), null);
        assertThat(CandidateRanker.inferSubclasses(List.of(a, b))).containsExactly("H01M");
    }
}
