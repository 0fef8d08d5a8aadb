package io.techmatch.evaluation.regression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One regression: a dataset × ranker with the expected scores the code produced when it was recorded, and the
 * tolerance beyond which a move either way fails. {@code corpus} holds the dataset and corpus statistics
 * (documents, organizations, topics, evaluated and excluded topics) that must also match.
 */
public record RegressionSpec(String name, String dataset, String split, String ranker, boolean ci, String checksum,
                             Map<String, Integer> corpus, List<String> metrics, double tolerance,
                             Map<String, Double> expected, String note) {
    public RegressionSpec {
        corpus = corpus == null ? Map.of() : new LinkedHashMap<>(corpus);
        metrics = List.copyOf(metrics);
        expected = expected == null ? Map.of() : new LinkedHashMap<>(expected);
        note = note == null ? "" : note;
    }

    public RegressionSpec withResults(String newChecksum, Map<String, Integer> newCorpus,
                                      Map<String, Double> newExpected) {
        return new RegressionSpec(name, dataset, split, ranker, ci, newChecksum, newCorpus, metrics, tolerance,
                newExpected, note);
    }

    public String fileName() {
        return name + ".yaml";
    }
}
