package io.techmatch.loader.source;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.List;

/** One CSV record per line (quoted fields may hold commas, not line breaks), parsed by Jackson's CSV module. */
final class CsvLine {
    private static final CsvMapper CSV = new CsvMapper();

    private CsvLine() {
    }

    static List<String> parse(String line) throws IOException {
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(line)) {
            // hasNextValue/nextValue throw IOException; hasNext/next would wrap a parse error in an unchecked one
            return it.hasNextValue() ? List.of(it.nextValue()) : List.of();
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
