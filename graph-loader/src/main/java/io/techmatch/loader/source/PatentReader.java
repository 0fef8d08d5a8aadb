package io.techmatch.loader.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.loader.LoadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Patent exports as brokers receive them: a JSON array or JSONL of patent-database records, CNKI JSONL, or the
 * same columns in .csv or .xlsx (first sheet, header row). The record shape is recognised per record.
 */
public final class PatentReader implements SourceReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReadContext context;

    public PatentReader(ReadContext context) {
        this.context = context;
    }

    @Override
    public void preflight(Path file) throws IOException {
        Preflight.exists(file);
        String ext = ext(file);
        if (ext.equals("xlsx") || ext.equals("xls")) {
            try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                if (wb.getNumberOfSheets() == 0) {
                    throw new LoadException("Cannot read " + file + ": the workbook has no sheet");
                }
            } catch (IOException | RuntimeException e) {
                throw new LoadException("Cannot read " + file + ": not a readable Excel workbook (" + e.getMessage() + ")", e);
            }
        } else if (isArray(file)) {
            try {
                JSON.readTree(file.toFile());
            } catch (IOException e) {
                throw new LoadException("Cannot read " + file + ": not valid JSON (" + e.getMessage().split("\n")[0] + ")", e);
            }
        } else {
            Preflight.lines(file, 20, line -> {
                if (!ext.equals("csv")) {
                    JSON.readTree(line);
                }
            });
        }
    }

    @Override
    public void read(Path file, RowSink sink) throws IOException {
        String ext = ext(file);
        if (ext.equals("xlsx") || ext.equals("xls")) {
            readWorkbook(file, sink);
        } else if (isArray(file)) {
            JsonNode array = JSON.readTree(file.toFile());
            int index = 0;
            for (JsonNode record : array) {
                index++;
                sink.read(Files.size(file) / Math.max(1, array.size()));
                emit(record, new Origin(file, index), sink);
            }
        } else if (ext.equals("csv")) {
            readCsv(file, sink);
        } else {
            try (LineReader lines = new LineReader(file)) {
                for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                    if (line.text() != null && line.text().isBlank()) {
                        continue;
                    }
                    sink.read(line.bytes());
                    Origin origin = new Origin(file, line.number());
                    if (line.text() == null) {
                        sink.reject(origin, "-", "not valid UTF-8 (GBK or another encoding?)");
                        continue;
                    }
                    JsonNode record;
                    try {
                        record = JSON.readTree(line.text());
                    } catch (IOException e) {
                        sink.reject(origin, "-", "bad JSON: " + e.getMessage().split("\n")[0]);
                        continue;
                    }
                    emit(record, origin, sink);
                }
            }
        }
    }

    private void emit(JsonNode record, Origin origin, RowSink sink) {
        if (!record.isObject()) {
            sink.reject(origin, "-", "a patent record must be a JSON object");
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = JSON.convertValue(record, Map.class);
        PatentRecords.safeEmit(fields, origin, context, sink);
    }

    private void readCsv(Path file, RowSink sink) throws IOException {
        List<String> header = null;
        try (LineReader lines = new LineReader(file)) {
            for (LineReader.Line line = lines.nextCsvRecord(); line != null; line = lines.nextCsvRecord()) {
                Origin origin = new Origin(file, line.number());
                if (line.text() != null && line.text().isBlank()) {
                    continue;
                }
                sink.read(line.bytes());
                if (line.text() == null) {
                    sink.reject(origin, "-", "not valid UTF-8 (GBK or another encoding?)");
                    continue;
                }
                List<String> values;
                try {
                    values = CsvLine.parse(line.text());
                } catch (IOException e) {
                    sink.reject(origin, "-", "bad CSV: " + e.getMessage().split("\n")[0]);
                    continue;
                }
                if (header == null) {
                    header = values;
                    continue;
                }
                if (values.size() != header.size()) {
                    sink.reject(origin, "-", "expected " + header.size() + " columns, found " + values.size());
                    continue;
                }
                Map<String, Object> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    fields.put(header.get(i).strip(), values.get(i));
                }
                PatentRecords.safeEmit(fields, origin, context, sink);
            }
        }
    }

    private void readWorkbook(Path file, RowSink sink) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> header = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), header.size()); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? "" : cellText(cell, formatter));
                }
                if (header.isEmpty()) {
                    header.addAll(values.stream().map(String::strip).toList());
                    continue;
                }
                sink.read(64);
                Map<String, Object> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    fields.put(header.get(i), i < values.size() ? values.get(i) : "");
                }
                PatentRecords.safeEmit(fields, new Origin(file, row.getRowNum() + 1L), context, sink);
            }
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    private static boolean isArray(Path file) throws IOException {
        if (!ext(file).equals("json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            int b;
            while ((b = in.read()) != -1) {
                if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return b == '[';
                }
            }
        }
        return false;
    }

    private static String ext(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
