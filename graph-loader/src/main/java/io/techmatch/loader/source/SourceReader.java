package io.techmatch.loader.source;

import java.io.IOException;
import java.nio.file.Path;

/** Turns one input file into rows. Readers never touch the graph; the loader writes what they emit. */
public interface SourceReader {
    /**
     * Fails with a {@link io.techmatch.loader.LoadException} when the file is wholly unreadable (missing, not
     * UTF-8, not the expected format at all), before anything of the load has been written.
     */
    void preflight(Path file) throws IOException;

    void read(Path file, RowSink sink) throws IOException;
}
