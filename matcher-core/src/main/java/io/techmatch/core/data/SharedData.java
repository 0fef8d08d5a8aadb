package io.techmatch.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the real public data lives: {@code ../shared/data} beside the checkout, unless configured. Nothing of it
 * is copied into the repository. Resolution order: the {@code techmatch.shared-data} system property, the
 * {@code TECHMATCH_SHARED_DATA} environment variable, then {@code shared/data} found by walking up from the
 * working directory (so it works from the repository root and from a module directory alike).
 */
public final class SharedData {
    public static final String PROPERTY = "techmatch.shared-data";
    public static final String ENV = "TECHMATCH_SHARED_DATA";

    private SharedData() {
    }

    /** The data directory, if it can be found. */
    public static Optional<Path> locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENV);
        }
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured).toAbsolutePath().normalize();
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A file or folder inside the data directory, e.g. {@code techmarket/demands.jsonl}. */
    public static Optional<Path> resolve(String relative) {
        return locate().map(dir -> dir.resolve(relative)).filter(Files::exists);
    }

    /** Like {@link #resolve} but fails with a message that says how to configure the path. */
    public static Path require(String relative) {
        return resolve(relative).orElseThrow(() -> new IllegalStateException(
                "Shared data '" + relative + "' not found: put the data in ../shared/data beside the checkout, or set "
                        + ENV + " (or -D" + PROPERTY + ") to its directory"));
    }
}
