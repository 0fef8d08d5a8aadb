package io.techmatch.evaluation.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoordinateAscentTest {

    /**
     * Topics of 20 candidates with features (noise, signal, constant): the relevant candidate has the highest signal
     * but often not the highest noise, so weights that start on the noise must move to the signal.
     */
    private static List<TopicFeatures> topics(String dataset, int n, long seed) {
        Random random = new Random(seed);
        List<TopicFeatures> out = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            List<String> ids = new ArrayList<>();
            double[][] f = new double[20][];
            for (int i = 0; i < 20; i++) {
                ids.add("ORG-" + i);
                f[i] = new double[] {random.nextDouble(), i == 7 ? 0.9 : random.nextDouble() * 0.8, 0.5};
            }
            out.add(new TopicFeatures(dataset, dataset + "-" + t, dataset + ":" + (t / 2), ids, f, Map.of("ORG-7", 1)));
        }
        return out;
    }

    @Test
    void movesWeightFromNoiseToSignalAndLeavesConstantFeaturesAlone() {
        List<TopicFeatures> train = topics("a", 40, 1);
        CoordinateAscent ascent = new CoordinateAscent(WeightTuning.NDCG10, 3, 7);
        double[] start = {0.6, 0.1, 0.3};
        double[] fitted = ascent.fit(train, start);
        assertThat(fitted[1]).isGreaterThan(fitted[0]);
        assertThat(fitted[2]).as("no topic varies it: the data cannot tune it").isEqualTo(0.3);
        assertThat(fitted[0] + fitted[1] + fitted[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(ascent.objective(train, fitted)).isGreaterThan(ascent.objective(train, start));
        // and it generalizes: held-out topics from the same process improve too
        List<TopicFeatures> test = topics("a", 40, 2);
        assertThat(ascent.objective(test, fitted)).isGreaterThan(ascent.objective(test, start));
    }

    @Test
    void theObjectiveWeighsDatasetsEquallyAndFoldsKeepGroupsTogether() {
        List<TopicFeatures> all = new ArrayList<>(topics("a", 10, 3));
        all.addAll(topics("b", 30, 4));
        CoordinateAscent ascent = new CoordinateAscent(WeightTuning.MRR, 1, 7);
        double[] noise = {1, 0, 0};
        double a = all.subList(0, 10).stream().mapToDouble(t -> t.metric(WeightTuning.MRR, noise)).average().orElseThrow();
        double b = all.subList(10, 40).stream().mapToDouble(t -> t.metric(WeightTuning.MRR, noise)).average().orElseThrow();
        double pooled = all.stream().mapToDouble(t -> t.metric(WeightTuning.MRR, noise)).average().orElseThrow();
        assertThat(ascent.objective(all, noise)).isCloseTo((a + b) / 2, org.assertj.core.data.Offset.offset(1e-12))
                .isNotEqualTo(pooled);
        assertThat(ascent.objective(all, new double[] {0, 1, 0})).isEqualTo(1.0);
        Map<String, Integer> folds = WeightTuning.folds(all, 5);
        assertThat(folds).hasSize(20);
        assertThat(folds.values()).containsOnly(0, 1, 2, 3, 4);
        for (TopicFeatures t : all) {
            assertThat(folds).containsKey(t.group());
        }
    }
}
