package io.techmatch.evaluation.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequestMixTest {
    @Test
    void everyWindowHoldsEachKindExactlyItsWeight() {
        RequestMix mix = RequestMix.parse("match=40,explain=20,evidence=25,needs=15");
        List<RequestKind> schedule = mix.schedule();
        assertThat(schedule).hasSize(100);
        Map<RequestKind, Long> counts = schedule.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts).containsOnly(Map.entry(RequestKind.MATCH, 40L), Map.entry(RequestKind.EXPLAIN, 20L),
                Map.entry(RequestKind.EVIDENCE, 25L), Map.entry(RequestKind.NEEDS, 15L));
    }

    @Test
    void kindsAreSpreadEvenlyNotBunched() {
        List<RequestKind> schedule = RequestMix.parse("match=3,needs=1").schedule();
        // smooth weighted round robin: the light kind sits between heavy ones, never two in a row
        assertThat(schedule).containsExactly(RequestKind.MATCH, RequestKind.MATCH, RequestKind.NEEDS, RequestKind.MATCH);
        List<RequestKind> half = RequestMix.parse("match=1,explain=1").schedule();
        assertThat(half).containsExactlyInAnyOrder(RequestKind.MATCH, RequestKind.EXPLAIN);
    }

    @Test
    void aBareKindWeighsOneAndZeroWeightsAreNeverSent() {
        RequestMix mix = RequestMix.parse("match-explain, evidence=0");
        assertThat(mix.schedule()).containsExactly(RequestKind.MATCH_EXPLAIN);
        assertThat(mix.toString()).isEqualTo("match-explain=1,evidence=0");
    }

    @Test
    void badMixesAreRejectedWithTheReason() {
        assertThatThrownBy(() -> RequestMix.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> RequestMix.parse("match=x")).hasMessageContaining("not an integer");
        assertThatThrownBy(() -> RequestMix.parse("match=-1")).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> RequestMix.parse("match=0")).hasMessageContaining("only zero");
        assertThatThrownBy(() -> RequestMix.parse("match=1,match=2")).hasMessageContaining("twice");
        assertThatThrownBy(() -> RequestMix.parse("delete=1")).hasMessageContaining("unknown request kind 'delete'");
        assertThatThrownBy(() -> RequestMix.parse("match=1=2")).hasMessageContaining("not kind=weight");
    }
}
