package io.techmatch.evaluation.bench;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Document vectors for a corpus too large to embed on this machine (1M texts would take about 9 hours on 2 cores).
 * The first documents get their real bge-small-zh embeddings (a sample embedded once, kept in a file of float32
 * rows); every further document gets a <b>synthetic</b> vector: a normalized random mixture of two real sample
 * vectors plus Gaussian noise, {@code normalize(w * a + (1 - w) * b + sigma * g)} with {@code w ~ U(0.5, 0.9)}. It
 * lies in the region of the embedding space that real texts occupy (bge vectors are anisotropic: unrelated texts still
 * have cosines around 0.3-0.5), near real documents without duplicating them, which is the structure HNSW's cost
 * depends on. Deterministic in the document number. {@link #realism} compares nearest-neighbour cosines of real and
 * derived vectors, so the choice of sigma can be checked, not assumed.
 */
final class SyntheticVectors {
    static final double MIN_MIX = 0.5;
    static final double MAX_MIX = 0.9;
    private static final long SEED = 20261122L;

    private final List<float[]> sample;
    private final double sigma;

    SyntheticVectors(List<float[]> sample, double sigma) {
        if (sample.size() < 2) {
            throw new IllegalArgumentException("need at least 2 real vectors, have " + sample.size());
        }
        this.sample = sample;
        this.sigma = sigma;
    }

    int realCount() {
        return sample.size();
    }

    /** The real vector of document {@code i} when it is in the sample, else its synthetic one. */
    float[] vector(long i) {
        if (i < sample.size()) {
            return sample.get((int) i);
        }
        Random r = new Random(SEED ^ (i * 0x9E3779B97F4A7C15L));
        float[] a = sample.get(r.nextInt(sample.size()));
        float[] b = sample.get(r.nextInt(sample.size()));
        double w = MIN_MIX + (MAX_MIX - MIN_MIX) * r.nextDouble();
        float[] v = new float[a.length];
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) (w * a[d] + (1 - w) * b[d] + sigma * r.nextGaussian());
            norm += (double) v[d] * v[d];
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= inv;
        }
        return v;
    }

    /**
     * Nearest-neighbour and random-pair cosines of {@code probes} real vectors among the other real ones, and of as
     * many derived vectors among as many derived ones as there are real ones: similar figures say the synthetic part
     * has the neighbourhood structure of the real part.
     */
    String realism(int probes) {
        int n = sample.size();
        List<float[]> derived = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            derived.add(vector(n + 1_000_000L + i));
        }
        return String.format(Locale.ROOT, "real: %s%nderived (sigma %.4f): %s", neighbourStats(sample, probes), sigma,
                neighbourStats(derived, probes));
    }

    private static String neighbourStats(List<float[]> pool, int probes) {
        Random r = new Random(SEED);
        double[] nearest = new double[probes];
        double random = 0;
        for (int p = 0; p < probes; p++) {
            int q = r.nextInt(pool.size());
            double best = -1;
            for (int i = 0; i < pool.size(); i++) {
                if (i != q) {
                    best = Math.max(best, dot(pool.get(q), pool.get(i)));
                }
            }
            nearest[p] = best;
            random += dot(pool.get(q), pool.get(r.nextInt(pool.size())));
        }
        Arrays.sort(nearest);
        return String.format(Locale.ROOT, "%d vectors, nearest-neighbour cosine p10 %.3f p50 %.3f p90 %.3f, "
                + "random pair mean %.3f", pool.size(), nearest[probes / 10], nearest[probes / 2],
                nearest[probes * 9 / 10], random / probes);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    /** Reads a file of float32 rows (little-endian) of {@code dimension} floats. */
    static List<float[]> read(Path file, int dimension) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int rows = bytes.remaining() / (4 * dimension);
        java.nio.FloatBuffer floats = bytes.asFloatBuffer();
        List<float[]> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            float[] v = new float[dimension];
            floats.get(i * dimension, v);
            out.add(v);
        }
        return out;
    }

    /** Appends rows to such a file (the sample is embedded in resumable chunks). */
    static void append(Path file, List<float[]> rows) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
            ByteBuffer row = null;
            for (float[] v : rows) {
                row = row == null ? ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN) : row.clear();
                row.asFloatBuffer().put(v);
                out.write(row.array());
            }
        }
    }
}
