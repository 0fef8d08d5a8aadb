package io.techmatch.evaluation.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleTableTest {
    @TempDir
    Path dir;

    private static final String HEADER = "label,patents,clients,kind,requests,errors,p50_ms,p95_ms,p99_ms,max_ms,mean_ms,"
            + "throughput_per_s,seconds,load_avg_before,load_avg_after,server_cpu_ms_per_request\n";

    @Test
    void growthPerTenfoldIsTheGeometricStepBetweenSizes() {
        assertThat(ScaleTable.growthPerTenfold(10_000, 10, 1_000_000, 40)).isCloseTo(2.0, within(1e-9)); // x4 over x100
        assertThat(ScaleTable.growthPerTenfold(10_000, 10, 100_000, 14)).isCloseTo(1.4, within(1e-9));
        assertThat(ScaleTable.growthPerTenfold(10_000, 10, 100_000, 5)).isCloseTo(0.5, within(1e-9));
        assertThatThrownBy(() -> ScaleTable.growthPerTenfold(10, 1, 10, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheChosenKindAndLabelsKeepingTheLatestRunPerSizeAndClients() throws Exception {
        Path csv = Files.writeString(dir.resolve("runs.csv"), HEADER
                + "scale-10k,10000,1,all,100,0,5.0,10.0,12.0,20.0,6.0,50.0,30.0,1 1 1,1 1 1,\n"
                + "scale-10k,10000,1,match,100,0,5.0,99.0,12.0,20.0,6.0,50.0,30.0,1 1 1,1 1 1,\n"
                + "scale-100k,100000,1,all,100,0,6.0,99.0,13.0,21.0,6.0,40.0,30.0,1 1 1,1 1 1,\n"
                + "scale-100k,100000,1,all,100,0,6.0,14.0,13.0,21.0,6.0,40.0,30.0,2 2 2,2 2 2,40.0\n"
                + "soak,100000,50,all,100,0,6.0,14.0,13.0,21.0,6.0,40.0,30.0,2 2 2,2 2 2,40.0\n");
        ScaleTable table = ScaleTable.readCsv(csv, "all", "scale");
        assertThat(table.points()).hasSize(2);
        assertThat(table.points().get(1).p95()).isEqualTo(14.0);
        assertThat(table.points().get(1).cpuMsPerRequest()).isEqualTo(40.0);
        assertThat(table.points().get(0).cpuMsPerRequest()).isNaN();
        assertThat(table.growthPerTenfold(1, ScalePoint::p95)).hasValueSatisfying(g -> assertThat(g).isCloseTo(1.4, within(1e-9)));
        assertThat(table.growthPerTenfold(8, ScalePoint::p95)).isEmpty();
        assertThat(table.markdown()).contains("| 100,000 | 1 | 100 | 0 | 6.0 | 14.0 |").contains("p95 grows ×1.40 per ×10 data");
        String svg = GrowthChart.svg("p95", "ms", table, ScalePoint::p95);
        assertThat(svg).startsWith("<svg").contains("100,000 patents, 1 clients: 14.0").endsWith("</svg>\n");
    }
}
