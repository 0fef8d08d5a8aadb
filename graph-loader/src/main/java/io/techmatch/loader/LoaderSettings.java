package io.techmatch.loader;

import java.nio.file.Path;

/**
 * How a load runs: rows per write transaction, where reject reports go ({@code null}: the working directory),
 * and whether a progress bar is shown on the terminal.
 */
public record LoaderSettings(int batchSize, Path rejectReportDir, boolean showProgress) {
    public LoaderSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
    }

    public static LoaderSettings defaults() {
        return new LoaderSettings(2_000, null, false);
    }

    Path reportDir() {
        return rejectReportDir == null ? Path.of("").toAbsolutePath() : rejectReportDir;
    }
}
