package io.techmatch.loader.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.loader.SourceType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Seeded generator of malformed loader input: files in the canonical (JSONL, CSV), patent (JSONL, JSON array, CSV,
 * XLSX) and technology-market (JSONL) shapes, each a mix of valid rows and rows broken in one or more ways
 * (truncated, wrong types, invalid dates, wrong IPC codes, huge fields, control characters, GBK or invalid UTF-8
 * bytes, broken quotes, wrong column counts, random bytes), and now and then a file broken as a whole.
 */
final class LoaderFuzzInputs {
    /**
     * One generated file. {@code goodLines}: lines that are certainly valid and must load, where rows are independent
     * (JSONL); {@code malformedRows}: rows broken on purpose; {@code brokenFile}: the file as a whole is damaged, so
     * the reader may refuse it in preflight.
     */
    record FuzzFile(Path path, SourceType source, Set<Long> goodLines, int malformedRows, boolean brokenFile,
                    boolean csvLike, List<String> defects) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Charset GBK = Charset.forName("GBK");
    private static final List<String> CANONICAL_COLUMNS = List.of("id", "title", "year", "ipcCodes", "applicationDate");
    private static final List<String> PATENT_COLUMNS = List.of("PN", "TITLE", "ABSTRACT", "ANCS", "APD", "IPCR");

    private final Random random;
    private final Path dir;
    private final int maxHugeChars;
    private int files;

    LoaderFuzzInputs(long seed, Path dir, int maxHugeChars) {
        this.random = new Random(seed);
        this.dir = dir;
        this.maxHugeChars = maxHugeChars;
    }

    FuzzFile next() throws IOException {
        Path fileDir = Files.createDirectories(dir.resolve(String.format("f%05d", files++)));
        return switch (random.nextInt(8)) {
            case 0, 1 -> jsonl(fileDir.resolve("fuzz.jsonl"), SourceType.CANONICAL);
            case 2 -> csv(fileDir.resolve("fuzz-Patent.csv"), SourceType.CANONICAL, CANONICAL_COLUMNS);
            case 3 -> jsonl(fileDir.resolve("patents.jsonl"), SourceType.PATENTS);
            case 4 -> csv(fileDir.resolve("patents.csv"), SourceType.PATENTS, PATENT_COLUMNS);
            case 5 -> random.nextInt(3) == 0 ? xlsx(fileDir.resolve("patents.xlsx")) : jsonArray(fileDir.resolve("patents.json"));
            default -> jsonl(fileDir.resolve("demands.jsonl"), SourceType.TECHMARKET);
        };
    }

    // ---- valid rows

    private Map<String, Object> validRow(SourceType source, int n) {
        Map<String, Object> row = new LinkedHashMap<>();
        String id = String.format("CN9F%08dA", files * 100 + n);
        switch (source) {
            case CANONICAL -> {
                row.put("label", "Patent");
                row.put("id", id);
                row.put("title", "一种锂电池隔膜的涂覆方法" + n);
                row.put("year", 2015 + n % 10);
                row.put("ipcCodes", List.of("H01M50/409", "H01M10/0525"));
                row.put("applicationDate", "2019-03-0" + (1 + n % 9));
            }
            case PATENTS -> {
                row.put("PN", id);
                row.put("TITLE", "一种复叠式高温热泵系统" + n);
                row.put("ABSTRACT", "本发明公开了一种热泵系统。");
                row.put("ANCS", List.of("东南大学"));
                row.put("APD", "2019-09-05");
                row.put("IPCR", List.of("F25B30/02"));
            }
            default -> {
                row.put("name", "高温热泵蒸汽制备" + n);
                row.put("postTime", "2021-03-02");
                row.put("classification", "制造业");
                row.put("cooperationMethod", "技术转让,委托开发");
                row.put("time", "2021-03-0210:49:39.0至2022-03-0110:49:41.0");
                row.put("context", "需要利用工业余热制取蒸汽的高温热泵。");
                row.put("id", "D9F" + (files * 100 + n));
            }
        }
        return row;
    }

    /** Breaks one value of the row; returns what was done. */
    private String breakValue(Map<String, Object> row, SourceType source, boolean forCells) {
        List<String> keys = new ArrayList<>(row.keySet());
        String key = keys.get(random.nextInt(keys.size()));
        String dateKey = source == SourceType.CANONICAL ? "applicationDate" : source == SourceType.PATENTS ? "APD" : "postTime";
        String idKey = source == SourceType.PATENTS ? "PN" : "id";
        switch (random.nextInt(9)) {
            case 0 -> {
                row.put(source == SourceType.CANONICAL ? "year" : dateKey, pick(List.of("abc", "1e400", "二〇二一", "", "-",
                        "12.5", "99999999999999999999")));
                return "wrong type";
            }
            case 1 -> {
                row.put(dateKey, pick(List.of("2021-02-30", "2021-13-01", "0000-00-00", "2021/2/30", "yesterday",
                        "2021-02-29T25:61", "１９９９-０１-０１")));
                return "invalid date";
            }
            case 2 -> {
                if (source == SourceType.TECHMARKET) {
                    row.put("cooperationMethod", pick(List.of("", ",,,", "技术转让,".repeat(50))));
                    return "odd list";
                }
                row.put(source == SourceType.CANONICAL ? "ipcCodes" : "IPCR", List.of(pick(List.of("F25 B47", "ZZZ",
                        "H01M4/", "h01m", "H01M-4/525", "H", "H01M4/525/1", "1234", "Ｈ０１Ｍ"))));
                return "wrong IPC code";
            }
            case 3 -> {
                int length = forCells ? 32_000 : Math.min(maxHugeChars, pick(List.of(20_000, 200_000, 2_000_000)));
                row.put(random.nextBoolean() ? key : idKey, "锂".repeat(length));
                return "huge field";
            }
            case 4 -> {
                row.put(key, "a\u0000b\u0007c\u001b[31m\u0008\u007f\u0085\u2028\u2029");
                return "control characters";
            }
            case 5 -> {
                row.remove(random.nextBoolean() ? idKey : key);
                return "missing field";
            }
            case 6 -> {
                row.put(key, random.nextBoolean() ? List.of(1, List.of(2)) : Map.of("$gt", 1));
                return "nested value";
            }
            case 7 -> {
                row.put(idKey, pick(List.of("' OR 1=1 //", "n}) DETACH DELETE n //", "*:*", "a\\b", "\"", " ",
                        "🔋")));
                return "odd id";
            }
            default -> {
                row.put(key, random.nextBoolean() ? null : random.nextLong());
                return "null or number";
            }
        }
    }

    // ---- JSON Lines

    private FuzzFile jsonl(Path file, SourceType source) throws IOException {
        int rows = 10 + random.nextInt(40);
        Set<Long> good = new HashSet<>();
        List<String> defects = new ArrayList<>();
        int malformed = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = 0; n < rows; n++) {
                Map<String, Object> row = validRow(source, n);
                boolean bad = n > 0 && random.nextInt(3) > 0;
                if (!bad) {
                    out.write(JSON.writeValueAsBytes(row));
                    out.write('\n');
                    good.add((long) n + 1);
                    continue;
                }
                malformed++;
                StringBuilder what = new StringBuilder();
                if (random.nextBoolean()) {
                    what.append(breakValue(row, source, false));
                }
                byte[] bytes = JSON.writeValueAsBytes(row);
                if (what.isEmpty() || random.nextBoolean()) {
                    bytes = breakBytes(bytes, what, false);
                }
                defects.add(what.toString());
                out.write(bytes);
                out.write('\n');
            }
        }
        return new FuzzFile(file, source, good, malformed, false, false, defects);
    }

    /** Byte-level damage to one serialized row (never adds a line break, so line numbers stay known). */
    private byte[] breakBytes(byte[] bytes, StringBuilder what, boolean csv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int kind = random.nextInt(csv ? 9 : 7);
        switch (kind) {
            case 0 -> {
                what.append(" truncated");
                out.write(bytes, 0, random.nextInt(Math.max(1, bytes.length)));
            }
            case 1 -> {
                what.append(" GBK");
                byte[] gbk = new String(bytes, StandardCharsets.UTF_8).getBytes(GBK);
                out.write(gbk, 0, gbk.length);
            }
            case 2 -> {
                what.append(" invalid UTF-8");
                int at = random.nextInt(bytes.length + 1);
                out.write(bytes, 0, at);
                out.write(0xC3);
                out.write(0x28);
                out.write(0xFF);
                out.write(bytes, at, bytes.length - at);
            }
            case 3 -> {
                what.append(" random bytes");
                for (int i = random.nextInt(300); i > 0; i--) {
                    int b = random.nextInt(256);
                    out.write(b == '\n' || b == '\r' ? ' ' : b);
                }
            }
            case 4 -> {
                what.append(" raw control bytes");
                int at = random.nextInt(bytes.length + 1);
                out.write(bytes, 0, at);
                out.write(0);
                out.write(7);
                out.write(0x1B);
                out.write(bytes, at, bytes.length - at);
            }
            case 5 -> {
                what.append(" scalar");
                out.writeBytes(pick(List.of("null", "[]", "1", "\"text\"", "[{}]", "{}", "{", "}")).getBytes(StandardCharsets.UTF_8));
            }
            case 6 -> {
                what.append(" flipped byte");
                byte[] copy = bytes.clone();
                int at = random.nextInt(copy.length);
                copy[at] ^= (byte) (1 << random.nextInt(7));
                if (copy[at] == '\n' || copy[at] == '\r') {
                    copy[at] = ' ';
                }
                out.write(copy, 0, copy.length);
            }
            case 7 -> {
                what.append(" broken quote");
                int at = random.nextInt(bytes.length + 1);
                out.write(bytes, 0, at);
                out.write('"');
                out.write(bytes, at, bytes.length - at);
            }
            default -> {
                what.append(" wrong column count");
                out.write(bytes, 0, bytes.length);
                out.writeBytes(random.nextBoolean() ? ",extra,columns".getBytes(StandardCharsets.UTF_8) : new byte[0]);
                if (out.size() == bytes.length) {
                    out.reset();
                    int comma = new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf(',');
                    out.write(bytes, 0, comma < 0 ? bytes.length : comma);
                }
            }
        }
        return out.toByteArray();
    }

    // ---- CSV

    private FuzzFile csv(Path file, SourceType source, List<String> columns) throws IOException {
        int rows = 10 + random.nextInt(40);
        List<String> defects = new ArrayList<>();
        int malformed = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((String.join(",", columns) + "\n").getBytes(StandardCharsets.UTF_8));
            for (int n = 0; n < rows; n++) {
                Map<String, Object> row = validRow(source, n);
                boolean bad = n > 0 && random.nextInt(3) > 0;
                StringBuilder what = new StringBuilder();
                if (bad && random.nextBoolean()) {
                    what.append(breakValue(row, source, false));
                }
                byte[] bytes = csvLine(row, columns).getBytes(StandardCharsets.UTF_8);
                if (bad && (what.isEmpty() || random.nextBoolean())) {
                    bytes = breakBytes(bytes, what, true);
                }
                if (bad) {
                    malformed++;
                    defects.add(what.toString());
                }
                out.write(bytes);
                out.write(random.nextInt(10) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            }
        }
        return new FuzzFile(file, source, Set.of(), malformed, false, true, defects);
    }

    private static String csvLine(Map<String, Object> row, List<String> columns) {
        List<String> cells = new ArrayList<>();
        for (String column : columns) {
            Object value = row.get(column);
            String text = value == null ? "" : value instanceof List<?> list
                    ? String.join(column.equals("ipcCodes") ? "|" : ";", list.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
            cells.add(text.contains(",") || text.contains("\"") || text.contains("\n")
                    ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
        }
        return String.join(",", cells).replace('\n', ' ').replace('\r', ' ');
    }

    // ---- JSON array and XLSX (damaged per value, and now and then as a whole file)

    private FuzzFile jsonArray(Path file) throws IOException {
        int rows = 5 + random.nextInt(30);
        List<Map<String, Object>> records = new ArrayList<>();
        List<String> defects = new ArrayList<>();
        int malformed = 0;
        for (int n = 0; n < rows; n++) {
            Map<String, Object> row = validRow(SourceType.PATENTS, n);
            if (n > 0 && random.nextInt(3) > 0) {
                defects.add(breakValue(row, SourceType.PATENTS, false));
                malformed++;
            }
            records.add(row);
        }
        byte[] bytes = JSON.writeValueAsBytes(records);
        boolean broken = random.nextInt(8) == 0;
        if (broken) {
            StringBuilder what = new StringBuilder("whole file:");
            bytes = breakBytes(bytes, what, false);
            defects.add(what.toString());
        }
        Files.write(file, bytes);
        return new FuzzFile(file, SourceType.PATENTS, Set.of(), malformed, broken, false, defects);
    }

    private FuzzFile xlsx(Path file) throws IOException {
        int rows = 5 + random.nextInt(20);
        List<String> defects = new ArrayList<>();
        int malformed = 0;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("patents");
            XSSFRow header = sheet.createRow(0);
            for (int c = 0; c < PATENT_COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(PATENT_COLUMNS.get(c));
            }
            for (int n = 0; n < rows; n++) {
                Map<String, Object> row = validRow(SourceType.PATENTS, n);
                if (n > 0 && random.nextInt(3) > 0) {
                    defects.add(breakValue(row, SourceType.PATENTS, true));
                    malformed++;
                }
                XSSFRow line = sheet.createRow(n + 1);
                for (int c = 0; c < PATENT_COLUMNS.size(); c++) {
                    Object value = row.get(PATENT_COLUMNS.get(c));
                    if (value instanceof Number number && random.nextBoolean()) {
                        line.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        String text = value instanceof List<?> list
                                ? String.join(";", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
                        line.createCell(c).setCellValue(text.length() > 32_767 ? text.substring(0, 32_767) : text);
                    }
                }
            }
            workbook.write(buffer);
        }
        byte[] bytes = buffer.toByteArray();
        boolean broken = random.nextInt(6) == 0;
        if (broken) {
            defects.add("whole file: " + (random.nextBoolean() ? "truncated zip" : "random bytes"));
            if (defects.get(defects.size() - 1).endsWith("zip")) {
                bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            } else {
                random.nextBytes(bytes);
            }
        }
        Files.write(file, bytes);
        return new FuzzFile(file, SourceType.PATENTS, Set.of(), malformed, broken, true, defects);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
