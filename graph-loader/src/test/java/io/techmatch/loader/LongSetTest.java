package io.techmatch.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongSetTest {
    @Test
    void behavesLikeASetAcrossGrowthAndForZero() {
        LongSet set = new LongSet();
        Set<Long> expected = new HashSet<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) {
            // a narrow range makes repeats common; 0 and negative values are keys like any other
            long value = random.nextLong(-50_000, 50_000);
            assertThat(set.add(value)).as("add %d", value).isEqualTo(expected.add(value));
        }
        assertThat(set.size()).isEqualTo(expected.size());
        for (long v = -50_000; v < 50_000; v++) {
            assertThat(set.contains(v)).as("contains %d", v).isEqualTo(expected.contains(v));
        }
        assertThat(set.contains(0)).isEqualTo(expected.contains(0L));
    }
}
