package io.techmatch.loader.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.core.graph.GraphModel.Label;
import io.techmatch.loader.LoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * techmatch's own format (docs/data-format.md): JSONL where each line is a node ({@code "label"}) or a
 * relationship ({@code "rel"}), or CSV files named after a label or relationship type with a header row.
 */
public final class CanonicalReader implements SourceReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReadContext context;

    public CanonicalReader(ReadContext context) {
        this.context = context;
    }

    @Override
    public void preflight(Path file) throws IOException {
        if (isCsv(file)) {
            kindOfCsv(file);
        }
        Preflight.lines(file, 20, line -> {
            if (!isCsv(file)) {
                Object parsed = JSON.readValue(line, Object.class);
                if (!(parsed instanceof Map)) {
                    throw new IOException("not a JSON object");
                }
            }
        });
    }

    @Override
    public void read(Path file, RowSink sink) throws IOException {
        boolean csv = isCsv(file);
        String kind = csv ? kindOfCsv(file) : null;
        List<String> header = null;
        try (LineReader lines = new LineReader(file)) {
            for (LineReader.Line line = csv ? lines.nextCsvRecord() : lines.next(); line != null;
                 line = csv ? lines.nextCsvRecord() : lines.next()) {
                Origin origin = new Origin(file, line.number());
                if (line.text() != null && line.text().isBlank()) {
                    continue;
                }
                sink.read(line.bytes());
                if (line.text() == null) {
                    sink.reject(origin, "-", "not valid UTF-8 (GBK or another encoding?)");
                    continue;
                }
                Map<String, Object> fields;
                try {
                    if (csv && header == null) {
                        header = csvValues(line.text());
                        continue;
                    }
                    fields = csv ? csvRow(header, csvValues(line.text())) : jsonObject(line.text());
                } catch (IOException e) {
                    sink.reject(origin, "-", (csv ? "bad CSV: " : "bad JSON: ") + firstLine(e));
                    continue;
                }
                if (csv) {
                    fields.put(isRelType(kind) ? "rel" : "label", kind);
                }
                try {
                    CanonicalRows.emit(fields, origin, context, sink);
                } catch (RuntimeException e) {
                    Rows.rethrowIfFatal(e);
                    sink.reject(origin, "-", "cannot map the row: " + e);
                }
            }
        }
    }

    private static Map<String, Object> jsonObject(String text) throws IOException {
        Object parsed = JSON.readValue(text, Object.class);
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IOException("a line must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = new LinkedHashMap<>((Map<String, Object>) map);
        return fields;
    }

    private static List<String> csvValues(String text) throws IOException {
        try {
            return CsvLine.parse(text);
        } catch (JsonProcessingException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> csvRow(List<String> header, List<String> values) throws IOException {
        if (values.size() != header.size()) {
            throw new IOException("expected " + header.size() + " columns, found " + values.size());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            fields.put(header.get(i).strip(), values.get(i));
        }
        return fields;
    }

    private static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    private static boolean isRelType(String kind) {
        return RelSpec.ALL.containsKey(kind);
    }

    /** A CSV file is named after what it holds: {@code Organization.csv}, {@code demo-APPLIED_FOR.csv}. */
    static String kindOfCsv(Path file) {
        String stem = file.getFileName().toString().replaceAll("(?i)\\.csv$", "");
        for (String kind : RelSpec.ALL.keySet()) {
            if (stem.endsWith(kind)) {
                return kind;
            }
        }
        for (String label : Label.ALL) {
            if (stem.endsWith(label)) {
                return label;
            }
        }
        throw new LoadException("Canonical CSV " + file + " must be named after a label or relationship type "
                + "(e.g. Organization.csv, APPLIED_FOR.csv)");
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
