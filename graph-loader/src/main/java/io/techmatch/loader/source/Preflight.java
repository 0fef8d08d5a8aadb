package io.techmatch.loader.source;

import io.techmatch.loader.LoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that a file is there and that at least one of its first lines can be read at all. */
final class Preflight {
    interface LineCheck {
        void check(String line) throws IOException;
    }

    private Preflight() {
    }

    static void exists(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new LoadException("Cannot read " + file + ": it does not exist or is not a readable file");
        }
    }

    /** Fails when none of the first {@code max} non-blank lines decodes as UTF-8 and passes {@code check}. */
    static void lines(Path file, int max, LineCheck check) throws IOException {
        exists(file);
        int seen = 0;
        int undecodable = 0;
        String lastError = null;
        try (LineReader reader = new LineReader(file)) {
            for (LineReader.Line line = reader.next(); line != null && seen < max; line = reader.next()) {
                if (line.text() != null && line.text().isBlank()) {
                    continue;
                }
                seen++;
                if (line.text() == null) {
                    undecodable++;
                    continue;
                }
                try {
                    check.check(line.text());
                    return;
                } catch (IOException | RuntimeException e) {
                    lastError = e.getMessage();
                }
            }
        }
        if (seen == 0) {
            return; // an empty file loads nothing, which is not an error
        }
        if (undecodable == seen) {
            throw new LoadException("Cannot read " + file + ": it is not UTF-8 (GBK?); convert it first, e.g. "
                    + "iconv -f GBK -t UTF-8");
        }
        throw new LoadException("Cannot read " + file + ": none of its first " + seen
                + " lines is in the expected format (" + lastError + ")");
    }
}
