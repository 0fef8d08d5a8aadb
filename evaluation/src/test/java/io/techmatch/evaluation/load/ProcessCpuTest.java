package io.techmatch.evaluation.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {
    @Test
    void utimeAndStimeAreReadAfterTheCommandNameEvenWithSpaces() {
        String stat = "12465 (java main) S 1 12465 12465 0 -1 4194560 1000 0 0 0 250 75 0 0 20 0 60 0 1000 0";
        assertThat(ProcessCpu.parseTicks(stat)).isEqualTo(325);
    }

    @Test
    void perRequestCostIsTicksTimesTenMillisecondsOverRequests() {
        assertThat(ProcessCpu.msPerRequest(100, 300, 50)).isEqualTo(40.0);
        assertThat(ProcessCpu.msPerRequest(-1, 300, 50)).isEqualTo(-1);
        assertThat(ProcessCpu.msPerRequest(100, 300, 0)).isEqualTo(-1);
        assertThat(ProcessCpu.ticks(0)).isEqualTo(-1);
    }

    @Test
    void thisProcessHasReadableCpuTime() {
        assertThat(ProcessCpu.ticks(ProcessHandle.current().pid())).isGreaterThanOrEqualTo(0);
    }
}
