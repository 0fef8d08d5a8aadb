package io.techmatch.api.needs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads an import body, a JSON array or JSON Lines, into validated rows. A bad line is rejected with its reason
 * and never stops the others.
 */
@Component
class NeedImportParser {
    static final int MAX_ROWS = 5_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final ObjectMapper mapper;
    private final Validator validator;

    NeedImportParser(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** One line (1-based; the position in an array): either an input or the reason it was rejected. */
    record Row(int line, String id, NeedInput input, String reason) {
    }

    List<Row> parse(String body) {
        String text = body == null ? "" : body.strip();
        List<Row> rows = new ArrayList<>();
        if (text.startsWith("[")) {
            JsonNode array;
            try {
                array = mapper.readTree(text);
            } catch (JsonProcessingException e) {
                return List.of(new Row(1, null, null, "not a JSON array: " + e.getOriginalMessage()));
            }
            for (int i = 0; i < array.size(); i++) {
                rows.add(row(i + 1, array.get(i)));
            }
        } else {
            String[] lines = text.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                try {
                    rows.add(row(i + 1, mapper.readTree(lines[i])));
                } catch (JsonProcessingException e) {
                    rows.add(new Row(i + 1, null, null, "not JSON: " + e.getOriginalMessage()));
                }
            }
        }
        return limited(rows);
    }

    /**
     * Reads an uploaded file by its name's extension: {@code .csv}, {@code .xlsx}, {@code .jsonl}/{@code .ndjson}
     * or {@code .json}. Lines are those of the file (a table's header is line 1).
     */
    List<Row> parseFile(String filename, byte[] bytes) {
        String name = filename == null ? "" : filename.toLowerCase(java.util.Locale.ROOT);
        java.util.Map<Integer, JsonNode> table;
        if (name.endsWith(".csv")) {
            table = NeedFileReader.csv(bytes, mapper);
        } else if (name.endsWith(".xlsx")) {
            table = NeedFileReader.xlsx(bytes, mapper);
        } else if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } else {
            throw new io.techmatch.api.web.BadRequestException("unsupported file type " + filename
                    + ": use .csv, .xlsx, .jsonl or .json", List.of(new io.techmatch.api.web.BadRequestException
                    .FieldError("file", "must end in .csv, .xlsx, .jsonl or .json")));
        }
        List<Row> rows = new ArrayList<>();
        table.forEach((line, node) -> rows.add(row(line, node)));
        return limited(rows);
    }

    private static List<Row> limited(List<Row> rows) {
        if (rows.size() > MAX_ROWS) {
            throw new io.techmatch.api.web.BadRequestException(
                    "an import holds at most " + MAX_ROWS + " needs, got " + rows.size(), List.of());
        }
        return rows;
    }

    static List<ImportResult.Rejected> rejectedOf(List<Row> rows) {
        return rows.stream().filter(r -> r.input() == null)
                .map(r -> new ImportResult.Rejected(r.line(), r.reason())).toList();
    }

    private Row row(int line, JsonNode node) {
        if (node == null || !node.isObject()) {
            return new Row(line, null, null, "not a JSON object");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : null;
        if (id != null && !ID.matcher(id).matches()) {
            return new Row(line, null, null, "id: must match " + ID.pattern());
        }
        NeedInput input;
        try {
            input = mapper.treeToValue(node, NeedInput.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Row(line, null, null, "wrong field type");
        }
        Set<ConstraintViolation<NeedInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            String reason = violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).collect(Collectors.joining("; "));
            return new Row(line, null, null, reason);
        }
        return new Row(line, id, input, null);
    }
}
