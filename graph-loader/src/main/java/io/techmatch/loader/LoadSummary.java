package io.techmatch.loader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of one load. {@code read} counts input rows; created/updated/unchanged count the nodes and
 * relationships written (one row may write several), judged by {@code contentHash}; {@code rejected} counts rows
 * written to the reject reports instead.
 */
public record LoadSummary(long read, long created, long updated, long unchanged, long rejected, Duration took,
                          List<Path> rejectReports) {
    public LoadSummary {
        rejectReports = List.copyOf(rejectReports);
    }

    @Override
    public String toString() {
        return String.format("read %d, created %d, updated %d, unchanged %d, rejected %d in %.1f s%s",
                read, created, updated, unchanged, rejected, took.toMillis() / 1000.0,
                rejectReports.isEmpty() ? "" : "; rejects in " + rejectReports);
    }
}
