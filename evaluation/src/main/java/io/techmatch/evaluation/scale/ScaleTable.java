package io.techmatch.evaluation.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The scale runs read back from the load driver's CSV (one row per run and request kind), as a markdown table and
 * the growth of a figure per ×10 data: {@code (v(n2) / v(n1)) ^ (1 / log10(n2 / n1))} between the smallest and the
 * largest size measured, so "×1.4" means the figure is 1.4 times larger at ten times the patents.
 */
public record ScaleTable(List<ScalePoint> points) {
    public ScaleTable {
        points = points.stream().sorted(Comparator.comparingInt(ScalePoint::clients).thenComparingLong(ScalePoint::patents))
                .toList();
    }

    /** Rows of {@code kind} (e.g. {@code all} or {@code match-explain}) whose label starts with {@code labelPrefix}; the
     *  last row wins when a (size, clients) pair was measured more than once. */
    public static ScaleTable readCsv(Path csv, String kind, String labelPrefix) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        if (lines.isEmpty()) {
            return new ScaleTable(List.of());
        }
        List<String> header = Arrays.asList(lines.get(0).split(","));
        Map<String, ScalePoint> latest = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length != header.size()) {
                throw new IllegalArgumentException("row with " + f.length + " fields, header has " + header.size()
                        + " (labels with commas are not supported here): " + line);
            }
            if (!f[header.indexOf("kind")].equals(kind) || !f[header.indexOf("label")].startsWith(labelPrefix)) {
                continue;
            }
            ScalePoint p = new ScalePoint(Long.parseLong(f[header.indexOf("patents")]),
                    Integer.parseInt(f[header.indexOf("clients")]), Long.parseLong(f[header.indexOf("requests")]),
                    Long.parseLong(f[header.indexOf("errors")]), d(f, header, "p50_ms"), d(f, header, "p95_ms"),
                    d(f, header, "p99_ms"), d(f, header, "max_ms"), d(f, header, "throughput_per_s"),
                    f[header.indexOf("load_avg_before")] + " / " + f[header.indexOf("load_avg_after")],
                    cpu(f, header));
            latest.put(p.patents() + "/" + p.clients(), p);
        }
        return new ScaleTable(new ArrayList<>(latest.values()));
    }

    private static double cpu(String[] f, List<String> header) {
        int i = header.indexOf("server_cpu_ms_per_request");
        return i < 0 || f[i].isBlank() ? Double.NaN : Double.parseDouble(f[i]);
    }

    private static double d(String[] f, List<String> header, String column) {
        return Double.parseDouble(f[header.indexOf(column)]);
    }

    /** Growth of {@code figure} per ×10 patents at {@code clients}, empty with fewer than two sizes. */
    public Optional<Double> growthPerTenfold(int clients, ToDoubleFunction<ScalePoint> figure) {
        List<ScalePoint> series = points.stream().filter(p -> p.clients() == clients).toList();
        if (series.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(growthPerTenfold(series.get(0).patents(), figure.applyAsDouble(series.get(0)),
                series.get(series.size() - 1).patents(), figure.applyAsDouble(series.get(series.size() - 1))));
    }

    static double growthPerTenfold(long n1, double v1, long n2, double v2) {
        if (n1 <= 0 || n2 <= n1 || v1 <= 0 || v2 <= 0) {
            throw new IllegalArgumentException("growth needs 0 < n1 < n2 and positive figures");
        }
        return Math.pow(v2 / v1, 1 / Math.log10((double) n2 / n1));
    }

    public List<Integer> clientCounts() {
        return points.stream().map(ScalePoint::clients).distinct().sorted().toList();
    }

    public String markdown() {
        StringBuilder b = new StringBuilder("| patents | clients | requests | errors | p50 ms | p95 ms | p99 ms | max ms"
                + " | req/s | server CPU ms/req | load average (before / after) |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (ScalePoint p : points) {
            b.append(String.format(Locale.ROOT, "| %,d | %d | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s |%n",
                    p.patents(), p.clients(), p.requests(), p.errors(), p.p50(), p.p95(), p.p99(), p.max(),
                    p.throughput(), Double.isNaN(p.cpuMsPerRequest()) ? "–" : String.format(Locale.ROOT, "%.0f",
                            p.cpuMsPerRequest()), p.loadAverage()));
        }
        b.append('\n');
        for (int clients : clientCounts()) {
            growthPerTenfold(clients, ScalePoint::p95).ifPresent(g -> b.append(String.format(Locale.ROOT,
                    "- %d client%s: p95 grows ×%.2f per ×10 data", clients, clients == 1 ? "" : "s", g)));
            growthPerTenfold(clients, ScalePoint::p50).ifPresent(g -> b.append(String.format(Locale.ROOT,
                    ", p50 ×%.2f", g)));
            growthPerTenfold(clients, ScalePoint::throughput).ifPresent(g -> b.append(String.format(Locale.ROOT,
                    ", throughput ×%.2f", g)));
            if (growthPerTenfold(clients, ScalePoint::p95).isPresent()) {
                b.append(System.lineSeparator());
            }
        }
        return b.toString();
    }
}
