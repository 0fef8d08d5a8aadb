package io.techmatch.evaluation.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticVectorsTest {
    static List<float[]> sample(int n, int dim) {
        Random r = new Random(1);
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[] v = new float[dim];
            double norm = 0;
            for (int d = 0; d < dim; d++) {
                v[d] = (float) r.nextGaussian();
                norm += v[d] * v[d];
            }
            for (int d = 0; d < dim; d++) {
                v[d] /= (float) Math.sqrt(norm);
            }
            out.add(v);
        }
        return out;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void realVectorsComeFirstAndDerivedOnesAreDeterministicUnitMixturesNearTheSample() {
        List<float[]> real = sample(50, 64);
        SyntheticVectors vectors = new SyntheticVectors(real, 0.01);
        assertThat(vectors.vector(7)).isSameAs(real.get(7));
        float[] derived = vectors.vector(1_234);
        assertThat(derived).isEqualTo(new SyntheticVectors(real, 0.01).vector(1_234));
        assertThat(derived).isNotEqualTo(vectors.vector(1_235));
        assertThat(dot(derived, derived)).isCloseTo(1.0, within(1e-5));
        // a mixture with weight >= 0.5 on one real vector lies closer to it than random unit vectors lie to each other
        double nearest = real.stream().mapToDouble(v -> dot(v, derived)).max().orElseThrow();
        assertThat(nearest).isGreaterThan(0.45);
        assertThat(dot(real.get(0), real.get(1))).isLessThan(0.5);
    }

    @Test
    void sampleFilesRoundTrip(@TempDir Path dir) throws Exception {
        List<float[]> rows = sample(5, 8);
        Path file = dir.resolve("s.f32");
        SyntheticVectors.append(file, rows.subList(0, 2));
        SyntheticVectors.append(file, rows.subList(2, 5));
        List<float[]> back = SyntheticVectors.read(file, 8);
        assertThat(back).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(back.get(i)).isEqualTo(rows.get(i));
        }
    }
}
