package io.techmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FusionTest {
    private static final List<Fusion.Scored> LEXICAL = List.of(
            new Fusion.Scored("a", 12.0), new Fusion.Scored("b", 8.0), new Fusion.Scored("c", 2.0));
    private static final List<Fusion.Scored> DENSE = List.of(
            new Fusion.Scored("c", 0.9), new Fusion.Scored("d", 0.8), new Fusion.Scored("a", 0.5));

    @Test
    void weightedFusionNormalizesEachSideToUnitRange() {
        FusionSettings s = new FusionSettings(FusionMethod.WEIGHTED, 0.5, 0.5, 60, 100);
        List<Fusion.Fused> fused = Fusion.fuse(LEXICAL, DENSE, s);
        // a: lexical 1.0, dense 0.0 -> 0.5; c: lexical 0.0, dense 1.0 -> 0.5; b: 0.6 * 0.5; d: 0.75 * 0.5
        assertThat(fused).extracting(Fusion.Fused::id).containsExactly("a", "c", "d", "b");
        assertThat(fused.get(0).score()).isCloseTo(0.5, within(1e-9));
        assertThat(fused.get(2).score()).isCloseTo(0.375, within(1e-9));
        assertThat(fused.get(3).score()).isCloseTo(0.3, within(1e-9));
        assertThat(fused.get(0).lexical()).isEqualTo(12.0);
        assertThat(fused.get(0).dense()).isEqualTo(0.5);
        assertThat(fused.get(3).dense()).isZero();
    }

    @Test
    void weightsShiftTheRanking() {
        FusionSettings denseHeavy = new FusionSettings(FusionMethod.WEIGHTED, 0.2, 0.8, 60, 100);
        assertThat(Fusion.fuse(LEXICAL, DENSE, denseHeavy)).extracting(Fusion.Fused::id).startsWith("c", "d");
    }

    @Test
    void rrfUsesRanksOnly() {
        FusionSettings s = new FusionSettings(FusionMethod.RRF, 1.0, 1.0, 60, 100);
        List<Fusion.Fused> fused = Fusion.fuse(LEXICAL, DENSE, s);
        // a: 1/61 + 1/63, c: 1/63 + 1/61 (a tie, broken by id), b: 1/62, d: 1/62
        assertThat(fused).extracting(Fusion.Fused::id).containsExactly("a", "c", "b", "d");
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 61 + 1.0 / 63, within(1e-12));
        assertThat(fused.get(1).score()).isEqualTo(fused.get(0).score());
    }

    @Test
    void zScoreFusionStandardizesEachSideAndCountsAMissingSideAsItsLastHit() {
        FusionSettings s = FusionSettings.defaults().withMethod(FusionMethod.ZSCORE).withWeights(0.5, 0.5);
        List<Fusion.Fused> fused = Fusion.fuse(LEXICAL, DENSE, s);
        // lexical mean 22/3, sd sqrt(152/9); dense mean 0.7333, sd sqrt(0.0289); d lacks lexical, b lacks dense
        double lexSd = Math.sqrt(((12 - 22.0 / 3) * (12 - 22.0 / 3) + (8 - 22.0 / 3) * (8 - 22.0 / 3)
                + (2 - 22.0 / 3) * (2 - 22.0 / 3)) / 3);
        double denMean = 2.2 / 3;
        double denSd = Math.sqrt(((0.9 - denMean) * (0.9 - denMean) + (0.8 - denMean) * (0.8 - denMean)
                + (0.5 - denMean) * (0.5 - denMean)) / 3);
        double a = 0.5 * (12 - 22.0 / 3) / lexSd + 0.5 * (0.5 - denMean) / denSd;
        double d = 0.5 * (2 - 22.0 / 3) / lexSd + 0.5 * (0.8 - denMean) / denSd;
        assertThat(fused).extracting(Fusion.Fused::id).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(fused.stream().filter(f -> f.id().equals("a")).findFirst().orElseThrow().score())
                .isCloseTo(a, within(1e-9));
        assertThat(fused.stream().filter(f -> f.id().equals("d")).findFirst().orElseThrow().score())
                .isCloseTo(d, within(1e-9));
        assertThat(fused.get(0).score()).isGreaterThanOrEqualTo(fused.get(1).score());
    }

    @Test
    void oneSidedAndEmptyInputs() {
        FusionSettings s = FusionSettings.defaults();
        assertThat(Fusion.fuse(List.of(), List.of(), s)).isEmpty();
        List<Fusion.Fused> onlyDense = Fusion.fuse(List.of(), List.of(new Fusion.Scored("x", 0.7)), s);
        assertThat(onlyDense).singleElement().satisfies(f -> {
            assertThat(f.score()).isEqualTo(s.denseWeight());
            assertThat(f.lexical()).isZero();
        });
    }

    @Test
    void settingsRejectNonsense() {
        assertThatThrownBy(() -> new FusionSettings(FusionMethod.RRF, 0, 0, 60, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FusionSettings(FusionMethod.RRF, 1, 1, 0, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FusionSettings(FusionMethod.WEIGHTED, 1, 1, 60, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
