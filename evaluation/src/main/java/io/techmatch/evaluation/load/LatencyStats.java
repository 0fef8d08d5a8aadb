package io.techmatch.evaluation.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Latencies of successful requests per kind (HdrHistogram, microseconds, 3 significant digits, up to 10 min) and
 * failed requests counted by kind and status ({@code 503}, {@code 429}, {@code io}, {@code timeout}…). Safe for many
 * client threads. Failures are kept out of the histograms so that fast rejections cannot make latency look better.
 */
public final class LatencyStats {
    static final long HIGHEST_MICROS = 600_000_000L;

    private final Map<RequestKind, Histogram> latencies = new EnumMap<>(RequestKind.class);
    private final Histogram all = histogram();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    public LatencyStats() {
        for (RequestKind kind : RequestKind.values()) {
            latencies.put(kind, histogram());
        }
    }

    private static Histogram histogram() {
        return new ConcurrentHistogram(1, HIGHEST_MICROS, 3);
    }

    /** A successful request of {@code kind} that took {@code nanos}. */
    public void success(RequestKind kind, long nanos) {
        long micros = Math.min(HIGHEST_MICROS, Math.max(1, nanos / 1_000));
        latencies.get(kind).recordValue(micros);
        all.recordValue(micros);
    }

    /** A failed request: {@code status} is the HTTP status, or a word such as {@code io} or {@code timeout}. */
    public void failure(RequestKind kind, String status) {
        errors.computeIfAbsent(kind.cliName() + " " + status, k -> new LongAdder()).increment();
    }

    /** Figures over a measured interval of {@code elapsedNanos} (throughput counts successes only). */
    public Figures figures(long elapsedNanos) {
        List<LatencyFigures> byKind = new ArrayList<>();
        for (RequestKind kind : RequestKind.values()) {
            long failed = errorsOf(kind.cliName() + " ");
            if (latencies.get(kind).getTotalCount() > 0 || failed > 0) {
                byKind.add(LatencyFigures.of(kind.cliName(), latencies.get(kind), failed, elapsedNanos));
            }
        }
        Map<String, Long> byStatus = new TreeMap<>();
        errors.forEach((k, v) -> byStatus.put(k, v.sum()));
        return new Figures(LatencyFigures.of("all", all, errorsOf(""), elapsedNanos), byKind, byStatus);
    }

    private long errorsOf(String prefix) {
        return errors.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(e -> e.getValue().sum()).sum();
    }

    /** Totals, per-kind figures, and failures keyed {@code "kind status"}. */
    public record Figures(LatencyFigures all, List<LatencyFigures> byKind, Map<String, Long> errorsByStatus) {
    }

    /** Milliseconds; {@code throughput} is successful requests per second of the measured interval. */
    public record LatencyFigures(String kind, long requests, long errors, double p50, double p95, double p99,
                                 double max, double mean, double throughput) {
        static LatencyFigures of(String kind, Histogram h, long errors, long elapsedNanos) {
            long n = h.getTotalCount();
            return new LatencyFigures(kind, n, errors, ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(95)),
                    ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()), n == 0 ? 0 : h.getMean() / 1_000.0,
                    elapsedNanos <= 0 ? 0 : n * 1e9 / elapsedNanos);
        }

        private static double ms(long micros) {
            return micros / 1_000.0;
        }
    }
}
