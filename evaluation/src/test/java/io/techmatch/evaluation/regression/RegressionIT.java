package io.techmatch.evaluation.regression;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.evaluation.dataset.Datasets;
import io.techmatch.evaluation.rank.Backends;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every regression marked {@code ci: true} against the real data and fails when any score moved either way
 * beyond its tolerance (or the data or corpus statistics changed). Each dataset is loaded and indexed once.
 */
class RegressionIT {
    @Test
    void ciRegressionsReproduceTheirRecordedScores() {
        List<RegressionSpec> ci = RegressionYaml.loadClasspath().stream().filter(RegressionSpec::ci).toList();
        assertThat(ci).isNotEmpty();
        List<RegressionRunner.Outcome> outcomes = new RegressionRunner(Datasets::load, Backends::session).run(ci);
        assertThat(outcomes).hasSize(ci.size());
        assertThat(outcomes).allSatisfy(o -> assertThat(o.failures()).as(o.spec().name()).isEmpty());
    }
}
