package io.techmatch.evaluation.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One measured run of the load driver: what was sent ({@code label}, data size, clients, mix), for how long, the
 * machine's load average before and after (the machine is shared, so absolute figures need it), and the figures.
 */
public record LoadResult(String label, long patents, int clients, String mix, double seconds, long requestsSent,
                         String loadAverageBefore, String loadAverageAfter, double serverCpuMsPerRequest,
                         LatencyStats.Figures figures) {
    static final String CSV_HEADER = "label,patents,clients,kind,requests,errors,p50_ms,p95_ms,p99_ms,max_ms,mean_ms,"
            + "throughput_per_s,seconds,load_avg_before,load_avg_after,server_cpu_ms_per_request";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** CSV rows: the total first, then one per request kind. */
    public List<String> csvRows() {
        List<String> rows = new ArrayList<>();
        rows.add(csvRow(figures.all()));
        figures.byKind().forEach(f -> rows.add(csvRow(f)));
        return rows;
    }

    private String csvRow(LatencyStats.LatencyFigures f) {
        // the server's CPU time is measured for the whole run, so only the total row carries it
        return String.format(Locale.ROOT, "%s,%d,%d,%s,%d,%d,%.3f,%.3f,%.3f,%.3f,%.3f,%.2f,%.1f,%s,%s,%s",
                csv(label), patents, clients, f.kind(), f.requests(), f.errors(), f.p50(), f.p95(), f.p99(), f.max(),
                f.mean(), f.throughput(), seconds, loadAverageBefore, loadAverageAfter,
                f.kind().equals("all") && serverCpuMsPerRequest >= 0 ? String.format(Locale.ROOT, "%.1f", serverCpuMsPerRequest) : "");
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Appends the rows to {@code csv} (writing the header when the file is new). */
    public void appendCsv(Path csv) {
        try {
            if (csv.getParent() != null) {
                Files.createDirectories(csv.getParent());
            }
            List<String> lines = new ArrayList<>();
            if (!Files.exists(csv) || Files.size(csv) == 0) {
                lines.add(CSV_HEADER);
            }
            lines.addAll(csvRows());
            Files.write(csv, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv, e);
        }
    }

    public void writeJson(Path json) {
        try {
            if (json.getParent() != null) {
                Files.createDirectories(json.getParent());
            }
            JSON.writeValue(json.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + json, e);
        }
    }

    /** The console report: totals, per-kind figures and failures by status. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %d clients, mix %s, %.1f s measured, %d requests sent in all,"
                + " load average %s -> %s%n", label, clients, mix, seconds, requestsSent, loadAverageBefore, loadAverageAfter));
        b.append(String.format(Locale.ROOT, "%-14s %9s %7s %9s %9s %9s %9s %9s%n", "kind", "ok", "errors", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "req/s"));
        List<LatencyStats.LatencyFigures> rows = new ArrayList<>(figures.byKind());
        rows.add(figures.all());
        for (LatencyStats.LatencyFigures f : rows) {
            b.append(String.format(Locale.ROOT, "%-14s %9d %7d %9.1f %9.1f %9.1f %9.1f %9.1f%n", f.kind(), f.requests(),
                    f.errors(), f.p50(), f.p95(), f.p99(), f.max(), f.throughput()));
        }
        if (serverCpuMsPerRequest >= 0) {
            b.append(String.format(Locale.ROOT, "server CPU: %.1f ms per request%n", serverCpuMsPerRequest));
        }
        b.append(figures.errorsByStatus().isEmpty() ? "errors: none" : "errors by kind and status: " + figures.errorsByStatus());
        return b.append(System.lineSeparator()).toString();
    }
}
