package io.techmatch.evaluation.cli;

import io.techmatch.evaluation.dataset.Dataset;
import io.techmatch.evaluation.metrics.Evaluation;
import io.techmatch.evaluation.metrics.Metric;
import io.techmatch.evaluation.metrics.Significance;
import java.util.List;
import java.util.Locale;

/** Plain-text tables for the terminal. judged@10 always sits next to nDCG. */
final class Tables {
    static final String DEFAULT_METRICS = "ndcg@10,judged@10,mrr,recall@10,recall@100,map,p@10";

    private Tables() {
    }

    static String metricTable(Dataset data, String ranker, Evaluation e) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s/%s  ranker=%s  topics=%d evaluated=%d excluded(no relevant)=%d%n",
                data.name(), data.split(), ranker, data.topics().size(), e.evaluatedCount(), e.excluded().size()));
        b.append(scores(e));
        return b.toString();
    }

    static String scores(Evaluation e) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-12s %8s   %s%n", "metric", "mean",
                "95% bootstrap CI"));
        for (Metric m : e.metrics()) {
            List<Double> values = List.copyOf(e.values(m).values());
            Significance.Interval ci = Significance.bootstrapMean(values, 0.95, 2000, 42);
            b.append(String.format(Locale.ROOT, "  %-12s %8.4f   [%.4f, %.4f]%n", m, e.mean(m), ci.low(), ci.high()));
        }
        return b.toString();
    }

    static String comparison(String name, Evaluation a, String baseline, Evaluation b) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "  %s vs %s (paired randomization, 9999 trials)%n",
                name, baseline));
        for (Metric m : a.metrics()) {
            if (m.family().equals("judged")) {
                continue;
            }
            Significance.PairedResult r = EvaluateCommand.paired(a, b, m);
            long wins = a.perQuery().keySet().stream().filter(q -> a.values(m).get(q) > b.values(m).get(q)).count();
            long losses = a.perQuery().keySet().stream().filter(q -> a.values(m).get(q) < b.values(m).get(q)).count();
            s.append(String.format(Locale.ROOT, "  %-12s %+8.4f   p=%.4f   wins/losses %d/%d%n", m,
                    r.meanDifference(), r.pValue(), wins, losses));
        }
        return s.toString();
    }
}
