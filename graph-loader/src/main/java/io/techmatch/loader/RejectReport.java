package io.techmatch.loader;

import io.techmatch.loader.source.Origin;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** A TSV of rejected rows (file, line, field, reason), created on the first reject only. */
final class RejectReport implements AutoCloseable {
    private final Path file;
    private BufferedWriter out;
    private long count;

    RejectReport(Path dir, SourceType source) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        this.file = dir.resolve("rejects-" + source.name().toLowerCase(java.util.Locale.ROOT) + "-" + stamp + ".tsv");
    }

    synchronized void add(Origin origin, String field, String reason) {
        try {
            if (out == null) {
                Files.createDirectories(file.getParent());
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                out.write("file\tline\tfield\treason\n");
            }
            out.write(origin.file() + "\t" + origin.line() + "\t" + field + "\t"
                    + reason.replace('\t', ' ').replace('\n', ' ') + "\n");
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reject report " + file, e);
        }
    }

    long count() {
        return count;
    }

    /** The report file, if anything was rejected. */
    java.util.Optional<Path> file() {
        return count == 0 ? java.util.Optional.empty() : java.util.Optional.of(file);
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
