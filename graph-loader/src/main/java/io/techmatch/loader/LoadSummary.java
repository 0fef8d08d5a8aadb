package io.techmatch.loader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of one load. {@code read} counts input rows; created/updated/unchanged count the nodes and
 * relationships written (one row may write several); {@code rejected} counts rows written to the reject reports
 * instead. {@code took} is the whole load, {@code derivation} the part of it spent recomputing the derived structure
 * of the {@code derivedOrganizations} organizations the load touched.
 */
public record LoadSummary(long read, long created, long updated, long unchanged, long rejected, Duration took,
                          Duration derivation, long derivedOrganizations, List<Path> rejectReports) {
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
