package io.techmatch.evaluation.regression;

import io.techmatch.evaluation.dataset.Dataset;
import io.techmatch.evaluation.metrics.Evaluation;
import io.techmatch.evaluation.metrics.Metric;
import io.techmatch.evaluation.rank.Experiment;
import io.techmatch.evaluation.rank.RankerSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs regressions: loads each dataset once, opens one {@link RankerSession} per dataset (so the index, and its
 * embeddings, are shared by that dataset's rankers), and compares checksum, corpus statistics and every metric with
 * the recorded values. A score that moves either way beyond the tolerance is a failure.
 */
public final class RegressionRunner {
    private static final Logger log = LoggerFactory.getLogger(RegressionRunner.class);

    /** The result of one regression; {@code failures} is empty when it passed. */
    public record Outcome(RegressionSpec spec, String checksum, Map<String, Integer> corpus,
                          Map<String, Double> actual, List<String> failures, Evaluation evaluation) {
        public boolean passed() {
            return failures.isEmpty();
        }

        /** The spec with this run's values, for {@code --record}. */
        public RegressionSpec recorded() {
            return spec.withResults(checksum, corpus, actual);
        }
    }

    private final BiFunction<String, String, Dataset> datasets;
    private final Function<Dataset, RankerSession> sessions;

    public RegressionRunner(BiFunction<String, String, Dataset> datasets, Function<Dataset, RankerSession> sessions) {
        this.datasets = datasets;
        this.sessions = sessions;
    }

    public List<Outcome> run(List<RegressionSpec> specs) {
        Map<String, List<RegressionSpec>> byDataset = new LinkedHashMap<>();
        specs.forEach(s -> byDataset.computeIfAbsent(s.dataset() + "/" + s.split(), k -> new ArrayList<>()).add(s));
        List<Outcome> outcomes = new ArrayList<>();
        for (List<RegressionSpec> group : byDataset.values()) {
            Dataset dataset = datasets.apply(group.get(0).dataset(), group.get(0).split());
            try (RankerSession session = sessions.apply(dataset)) {
                for (RegressionSpec spec : group) {
                    outcomes.add(runOne(spec, dataset, session));
                }
            }
        }
        return outcomes;
    }

    private Outcome runOne(RegressionSpec spec, Dataset dataset, RankerSession session) {
        List<Metric> metrics = spec.metrics().stream().map(Metric::parse).toList();
        Evaluation evaluation = Experiment.evaluate(dataset, session.ranker(spec.ranker()), metrics);
        Map<String, Integer> corpus = statistics(dataset, evaluation);
        if (session.indexedDocuments() >= 0 && !spec.ranker().equals("popularity")) {
            corpus.put("indexedDocuments", (int) session.indexedDocuments());
        }
        Map<String, Double> actual = evaluation.means();
        List<String> failures = new ArrayList<>();
        if (!dataset.checksum().equals(spec.checksum())) {
            failures.add("dataset checksum " + dataset.checksum() + " != recorded " + spec.checksum());
        }
        if (!corpus.equals(spec.corpus())) {
            failures.add("corpus statistics " + corpus + " != recorded " + spec.corpus());
        }
        for (Map.Entry<String, Double> e : actual.entrySet()) {
            Double expected = spec.expected().get(e.getKey());
            if (expected == null) {
                failures.add(e.getKey() + " has no expected score");
            } else if (Math.abs(e.getValue() - expected) > spec.tolerance()) {
                failures.add(String.format(Locale.ROOT, "%s = %.4f, expected %.4f ± %s", e.getKey(), e.getValue(),
                        expected, spec.tolerance()));
            }
        }
        log.info("Regression {}: {} ({})", spec.name(), failures.isEmpty() ? "OK" : "FAILED", actual);
        return new Outcome(spec, dataset.checksum(), corpus, actual, List.copyOf(failures), evaluation);
    }

    /** Dataset and corpus statistics recorded next to the scores. */
    public static Map<String, Integer> statistics(Dataset dataset, Evaluation evaluation) {
        Map<String, Integer> stats = new LinkedHashMap<>();
        stats.put("documents", dataset.corpus().documents().size());
        stats.put("organizations", dataset.corpus().orgs().size());
        stats.put("documentChars", dataset.corpus().documents().stream()
                .mapToInt(d -> d.title().length() + d.body().length()).sum());
        stats.put("topics", dataset.topics().size());
        stats.put("evaluated", evaluation.evaluatedCount());
        stats.put("excluded", evaluation.excluded().size());
        return stats;
    }
}
