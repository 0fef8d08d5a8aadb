package io.techmatch.api.needs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.techmatch.api.web.BadRequestException;
import io.techmatch.api.web.BadRequestException.FieldError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Turns an uploaded table of needs (CSV in UTF-8, or the first sheet of an XLSX workbook) into one JSON object per
 * row, keyed by line number in the file (the header is line 1), for {@link NeedImportParser}. The header names the
 * columns as the JSON fields do; {@code confidential} takes true/false, 是/否 or 1/0, and {@code cooperationMethods}
 * is a list separated by ; or 、. An unknown column fails the whole file, naming it, before anything is written.
 */
final class NeedFileReader {
    static final Set<String> COLUMNS = Set.of("id", "title", "body", "demanderOrgId", "regionId", "industryId",
            "confidential", "budget", "deadline", "cooperationMethods");
    private static final CsvMapper CSV = new CsvMapper();

    private NeedFileReader() {
    }

    /** Rows of a CSV file, by line number. */
    static Map<Integer, JsonNode> csv(byte[] bytes, ObjectMapper json) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<Integer, JsonNode> rows = new LinkedHashMap<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            // the header is line 1; a quoted value with line breaks makes the next numbers approximate
            for (int line = 2; it.hasNext(); line++) {
                Map<String, String> record = it.next();
                if (line == 2) {
                    checkHeader(((CsvSchema) it.getParserSchema()).getColumnNames());
                }
                rows.put(line, object(record, json));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadRequestException bad) {
                throw bad;
            }
            throw new BadRequestException("not a readable CSV file: " + e.getMessage(), List.of());
        }
        return rows;
    }

    /** Rows of the first sheet of an XLSX workbook, by row number. */
    static Map<Integer, JsonNode> xlsx(byte[] bytes, ObjectMapper json) {
        Map<Integer, JsonNode> rows = new LinkedHashMap<>();
        DataFormatter cells = new DataFormatter();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            for (Row row : sheet) {
                if (header.isEmpty()) {
                    row.forEach(c -> header.add(cells.formatCellValue(c).strip()));
                    checkHeader(header);
                    continue;
                }
                Map<String, String> record = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    record.put(header.get(i), cells.formatCellValue(row.getCell(i)));
                }
                if (record.values().stream().anyMatch(v -> !v.isBlank())) {
                    rows.put(row.getRowNum() + 1, object(record, json));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadRequestException bad) {
                throw bad;
            }
            throw new BadRequestException("not a readable XLSX workbook", List.of());
        }
        return rows;
    }

    private static void checkHeader(List<String> header) {
        List<String> unknown = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
        if (!unknown.isEmpty() || !header.contains("title")) {
            throw new BadRequestException("unknown columns " + unknown + "; the header names columns among "
                    + COLUMNS.stream().sorted().toList() + " and must include title",
                    List.of(new FieldError("file", "header: unknown columns " + unknown)));
        }
    }

    private static ObjectNode object(Map<String, String> record, ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        record.forEach((column, raw) -> {
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                return;
            }
            switch (column) {
                case "confidential" -> {
                    String v = value.toLowerCase(Locale.ROOT);
                    if (Set.of("true", "是", "1", "yes").contains(v)) {
                        node.put(column, true);
                    } else if (Set.of("false", "否", "0", "no").contains(v)) {
                        node.put(column, false);
                    } else {
                        node.put(column, value); // rejected by type, with the line
                    }
                }
                case "cooperationMethods" -> {
                    var list = node.putArray(column);
                    Arrays.stream(value.split("[;；、]")).map(String::strip).filter(s -> !s.isEmpty())
                            .forEach(list::add);
                }
                default -> node.put(column, value);
            }
        });
        return node;
    }
}
