package io.techmatch.loader.source;

import java.nio.file.Path;

/** Where a row came from: file and 1-based line (or spreadsheet row / array element). */
public record Origin(Path file, long line) {
}
