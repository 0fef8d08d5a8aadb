package io.techmatch.evaluation.regression;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.search.EvidenceDocument;
import io.techmatch.evaluation.dataset.Corpus;
import io.techmatch.evaluation.dataset.Dataset;
import io.techmatch.evaluation.dataset.Topic;
import io.techmatch.evaluation.metrics.Qrels;
import io.techmatch.evaluation.rank.RankerSession;
import io.techmatch.evaluation.rank.SearchBackend;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegressionRunnerTest {
    // popularity ranks O1 (2 patents) above O2 (1): q1 wants O1 (MRR 1), q2 wants O2 (MRR 1/2), q3 has no relevant
    static final Dataset DATA = new Dataset("toy", "all",
            List.of(Topic.of("q1", "a", ""), Topic.of("q2", "b", ""), Topic.of("q3", "c", "")),
            new Qrels(Map.of("q1", Map.of("O1", 1), "q2", Map.of("O2", 1, "O1", 0), "q3", Map.of("O1", 0))),
            new Corpus("toy", Corpus.Level.ORGANIZATION, List.of(doc("P1", "O1"), doc("P2", "O1"), doc("P3", "O2")),
                    Map.of("O1", "甲", "O2", "乙"), Map.of()),
            "sha256:toy");

    static EvidenceDocument doc(String id, String owner) {
        return new EvidenceDocument(id, "Patent", "", "", null, null, null, List.of(owner), 2020, false);
    }

    static final SearchBackend NO_SEARCH = (corpus, dense) -> {
        throw new AssertionError("popularity needs no index");
    };

    static RegressionSpec spec(double mrr, String checksum) {
        Map<String, Integer> corpus = new LinkedHashMap<>();
        corpus.put("documents", 3);
        corpus.put("organizations", 2);
        corpus.put("documentChars", 0);
        corpus.put("topics", 3);
        corpus.put("evaluated", 2);
        corpus.put("excluded", 1);
        return new RegressionSpec("toy-popularity", "toy", "all", "popularity", true, checksum, corpus,
                List.of("mrr"), 0.001, Map.of("mrr", mrr), null);
    }

    List<RegressionRunner.Outcome> run(RegressionSpec spec) {
        return new RegressionRunner((name, split) -> DATA, d -> new RankerSession(d.corpus(), NO_SEARCH, null))
                .run(List.of(spec));
    }

    @Test
    void passesWithinToleranceAndFailsWhenTheScoreMovesEitherWay() {
        assertThat(run(spec(0.75, "sha256:toy")).get(0).failures()).isEmpty();
        assertThat(run(spec(0.7505, "sha256:toy")).get(0).passed()).isTrue();
        assertThat(run(spec(0.76, "sha256:toy")).get(0).failures()).singleElement().asString()
                .contains("mrr = 0.7500, expected 0.7600");
        assertThat(run(spec(0.74, "sha256:toy")).get(0).passed()).isFalse();
    }

    @Test
    void failsWhenTheDataChangedAndRecordsTheMeasuredValues() {
        RegressionRunner.Outcome o = run(spec(0.75, "sha256:other")).get(0);
        assertThat(o.failures()).singleElement().asString().contains("checksum");
        RegressionSpec recorded = o.recorded();
        assertThat(recorded.checksum()).isEqualTo("sha256:toy");
        assertThat(recorded.expected()).containsEntry("mrr", 0.75);
        assertThat(RegressionYaml.parse(RegressionYaml.format(recorded), "roundtrip")).isEqualTo(recorded);
    }
}
