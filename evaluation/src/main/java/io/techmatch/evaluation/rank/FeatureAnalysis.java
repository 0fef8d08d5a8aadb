package io.techmatch.evaluation.rank;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Why the relevant organization is not first: per dataset, how often it is in the scored pool at all, how often
 * only the graph expansion found it (no retrieved evidence), and per feature the mean contribution of the
 * candidates ranked above it minus its own. A positive gap means the feature pushes the right partner down.
 */
final class FeatureAnalysis {
    private FeatureAnalysis() {
    }

    static void print(List<TopicFeatures> topics, double[] weights, PrintWriter out) {
        int text = WeightTuning.FEATURES.indexOf("text");
        for (String dataset : new TreeSet<>(topics.stream().map(TopicFeatures::dataset).toList())) {
            List<TopicFeatures> ts = topics.stream().filter(t -> t.dataset().equals(dataset)).toList();
            int inPool = 0;
            int expansionOnly = 0;
            int first = 0;
            int below = 0;
            double[] gap = new double[weights.length];
            double pool = 0;
            for (TopicFeatures t : ts) {
                pool += t.orgIds().size();
                int rel = t.relevantIndex();
                if (rel < 0) {
                    continue;
                }
                inPool++;
                if (t.features()[rel][text] == 0) {
                    expansionOnly++;
                }
                List<String> ranking = t.ranking(weights, t.orgIds().size());
                int rank = ranking.indexOf(t.orgIds().get(rel));
                if (rank == 0) {
                    first++;
                    continue;
                }
                below++;
                for (int j = 0; j < weights.length; j++) {
                    double above = 0;
                    for (int r = 0; r < rank; r++) {
                        above += t.features()[t.orgIds().indexOf(ranking.get(r))][j];
                    }
                    gap[j] += weights[j] * (above / rank - t.features()[rel][j]);
                }
            }
            out.printf(Locale.ROOT, "%s: %d topics, mean pool %.0f candidates; a relevant org in the pool for %d, "
                    + "found only by graph expansion for %d, ranked first for %d%n", dataset, ts.size(),
                    pool / Math.max(1, ts.size()), inPool, expansionOnly, first);
            StringBuilder row = new StringBuilder("  contribution of those ranked above it minus its own (mean over "
                    + below + " topics): ");
            for (int j = 0; j < weights.length; j++) {
                row.append(String.format(Locale.ROOT, "%s %+.4f  ", WeightTuning.FEATURES.get(j), gap[j] / Math.max(1, below)));
            }
            out.println(row);
        }
    }
}
