package io.techmatch.evaluation.regression;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.graph.TestGraph;
import io.techmatch.evaluation.dataset.Datasets;
import io.techmatch.evaluation.rank.Backends;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every regression marked {@code ci: true} (every one with {@code -Dtechmatch.regressions.all=true}) against the real data and fails when any score moved either way
 * beyond its tolerance (or the data or corpus statistics changed). Each dataset is loaded and indexed once; the
 * techmatch ranker uses the JVM's shared test graph, so Neo4j starts once.
 */
class RegressionIT {
    @Test
    void ciRegressionsReproduceTheirRecordedScores() {
        boolean all = Boolean.getBoolean("techmatch.regressions.all");
        List<RegressionSpec> ci = RegressionYaml.loadClasspath().stream().filter(s -> all || s.ci()).toList();
        assertThat(ci).isNotEmpty();
        List<RegressionRunner.Outcome> outcomes = new RegressionRunner(Datasets::load,
                d -> Backends.session(d, TestGraph::shared)).run(ci);
        assertThat(outcomes).hasSize(ci.size());
        // report only what moved, not the per-query values each outcome carries
        List<String> failures = outcomes.stream().filter(o -> !o.passed())
                .map(o -> o.spec().name() + ": " + o.failures()).toList();
        assertThat(failures).as("regressions that moved beyond tolerance").isEmpty();
    }
}
