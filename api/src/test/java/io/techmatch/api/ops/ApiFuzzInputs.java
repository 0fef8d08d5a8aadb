package io.techmatch.api.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of malformed API requests: JSON bodies with wrong types, missing fields, huge strings, deep
 * nesting and invalid UTF-8; query parameters of the wrong type or range; path ids carrying Cypher and Lucene
 * syntax. Each request starts from a valid one and is broken in one or more ways, so it reaches past the parsers.
 */
final class ApiFuzzInputs {
    record Request(String method, String path, String contentType, byte[] body, String what) {
    }

    /** Writes nesting far deeper than the server will read (its limit is Jackson's default of 1,000). */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamWriteConstraints(com.fasterxml.jackson.core.StreamWriteConstraints.builder()
                    .maxNestingDepth(100_000).build()).build());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Charset GBK = Charset.forName("GBK");

    /** Strings that mean something to Cypher, Lucene, JSON, HTML, URLs or terminals. */
    static final List<String> NASTY = List.of(
            "' OR 1=1 //", "\") DETACH DELETE n //", "n}) MATCH (m) DETACH DELETE m RETURN 1 //", "$id", "`x`",
            "*:*", "title:锂电池 AND body:*", "锂电池~2", "\"unterminated phrase", "(((", "[1 TO *]", "a^100 OR b",
            "/regex.*/", "?", "\\", "\\u0000", "&&||!", "+-", "<script>alert(1)</script>", "../../etc/passwd",
            "%00", "%zz", "\u0000", "\u0007\u001b[31m", "\r\n\r\nX-Injected: 1", "\t", "\uFEFF", "\u202E反向",
            "\u200B\u200C\u200D", "🔋⚡️🧪", "𠮷𠮷", "\uD800", "\uDC00x", "ｆｕｌｌｗｉｄｔｈ", "锂电池隔膜", "NaN",
            "-Infinity", "1e309", "null", "true", "[]", "{}", " ", "", "CALL dbms.shutdown()", "LOAD CSV FROM 'file:///'");

    private static final List<String> PATH_TEMPLATES = List.of(
            "/api/v1/needs/%s", "/api/v1/needs/%s/matches", "/api/v1/needs/NEED-PUB/matches/%s/explanation",
            "/api/v1/needs/%s/matches/ORG-U/explanation", "/api/v1/orgs/%s", "/api/v1/experts/%s",
            "/api/v1/needs/%s/close", "/api/v1/needs/%s/consortia");

    private final Random random;

    ApiFuzzInputs(long seed) {
        this.random = new Random(seed);
    }

    Request next() {
        int kind = random.nextInt(100);
        if (kind < 35) {
            return jsonBody();
        } else if (kind < 65) {
            return queryParameters();
        } else if (kind < 85) {
            return pathId();
        } else if (kind < 95) {
            return importBody();
        }
        return oddRequest();
    }

    // ---- JSON bodies

    private Request jsonBody() {
        int which = random.nextInt(4);
        ObjectNode body = switch (which) {
            case 0 -> matchBody();
            case 1, 2 -> needBody();
            default -> consortiumBody();
        };
        String path = switch (which) {
            case 0 -> "/api/v1/match";
            case 1 -> "/api/v1/needs";
            case 2 -> "/api/v1/needs/NEED-PUB";
            default -> "/api/v1/needs/NEED-PUB/consortia";
        };
        String method = which == 2 ? "PUT" : "POST";
        StringBuilder what = new StringBuilder(method + " " + path + ":");
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            what.append(' ').append(mutate(body));
        }
        if (random.nextInt(20) < 17) {
            // most bodies are surely invalid, so the CI cost goes to rejections rather than to real matching
            String required = switch (which) {
                case 0 -> "text";
                case 1, 2 -> "title";
                default -> "maxSize";
            };
            if (random.nextBoolean()) {
                body.remove(required);
            } else {
                body.set(required, which == 3 ? NODES.numberNode(99) : NODES.arrayNode().add(1));
            }
            what.append(" broken ").append(required);
        }
        byte[] bytes = bytes(body);
        if (random.nextInt(4) == 0) {
            what.append(" +bytes:");
            bytes = corrupt(bytes, what);
        }
        String type = random.nextInt(20) == 0 ? pick(List.of("text/plain", "application/xml", "application/json; "
                + "charset=GBK", "multipart/form-data", "")) : "application/json";
        return new Request(method, path, type, bytes, what + " type=" + type);
    }

    private static ObjectNode matchBody() {
        ObjectNode n = NODES.objectNode();
        n.put("text", "高安全锂离子电池隔膜陶瓷涂覆");
        n.putArray("regions").add("32");
        n.putArray("orgTypes").add("university");
        n.put("minEvidence", 0);
        n.put("activeSince", 2015);
        n.put("regionPreference", "yrd");
        n.put("limit", 5);
        return n;
    }

    private static ObjectNode needBody() {
        ObjectNode n = NODES.objectNode();
        n.put("title", "固态电池电解质");
        n.put("body", "寻求硫化物固态电解质的合作伙伴");
        n.put("demanderOrgId", "ORG-A");
        n.put("regionId", "3201");
        n.put("industryId", "GB:C38");
        n.put("confidential", false);
        n.put("budget", "100万元");
        n.put("deadline", "2026-12-31");
        n.putArray("cooperationMethods").add("技术开发");
        return n;
    }

    private static ObjectNode consortiumBody() {
        ObjectNode n = NODES.objectNode();
        n.put("maxSize", 3);
        n.put("requireFirmLead", false);
        n.put("requireAcademic", true);
        n.put("yrdOnly", true);
        return n;
    }

    private String mutate(ObjectNode body) {
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        String field = fields.isEmpty() ? "x" : pick(fields);
        switch (random.nextInt(9)) {
            case 0 -> {
                body.remove(field);
                return "missing " + field;
            }
            case 1 -> {
                body.set(field, wrongType());
                return "wrong type " + field;
            }
            case 2 -> {
                body.put(field, nastyString());
                return "nasty string " + field;
            }
            case 3 -> {
                body.put(field, huge());
                return "huge " + field;
            }
            case 4 -> {
                body.set(field, deep(1 + random.nextInt(random.nextBoolean() ? 40 : 3_000)));
                return "deep " + field;
            }
            case 5 -> {
                body.put("unknown" + random.nextInt(10), nastyString());
                return "unknown field";
            }
            case 6 -> {
                ArrayNode list = body.putArray(field);
                for (int i = random.nextInt(random.nextBoolean() ? 5 : 500); i > 0; i--) {
                    list.add(random.nextBoolean() ? NODES.textNode(nastyString()) : wrongType());
                }
                return "list " + field;
            }
            case 7 -> {
                body.put(field, pick(List.of(-1, 0, 101, Integer.MAX_VALUE, Integer.MIN_VALUE, 1899, 2101, 51)));
                return "out of range " + field;
            }
            default -> {
                body.put(field, pick(List.of("2024-13-45", "2024-02-30", "0000-00-00", "9999-99-99", "24-1-1",
                        "2024/01/01", "yesterday", "2024-01-01T00:00:00Z")));
                return "bad date " + field;
            }
        }
    }

    private JsonNode wrongType() {
        return switch (random.nextInt(9)) {
            case 0 -> NODES.numberNode(random.nextLong());
            case 1 -> NODES.numberNode(1e308 * (random.nextBoolean() ? 1 : -1));
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.arrayNode().add(1).add("a");
            case 5 -> NODES.objectNode().put("$ne", 1);
            case 6 -> NODES.numberNode(new java.math.BigInteger("9".repeat(1 + random.nextInt(400))));
            case 7 -> NODES.numberNode(random.nextDouble());
            default -> NODES.textNode("");
        };
    }

    private JsonNode deep(int depth) {
        JsonNode node = NODES.textNode("x");
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    String nastyString() {
        if (random.nextInt(4) == 0) {
            StringBuilder s = new StringBuilder();
            for (int i = 1 + random.nextInt(30); i > 0; i--) {
                s.append((char) random.nextInt(0x10000));
            }
            return s.toString();
        }
        return pick(NASTY) + (random.nextBoolean() ? "" : pick(NASTY));
    }

    private String huge() {
        int length = pick(List.of(301, 5_001, 20_001, 70_000, 300_000));
        return "锂".repeat(length / 2) + "a".repeat(length - length / 2);
    }

    private byte[] corrupt(byte[] bytes, StringBuilder what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(8)) {
            case 0 -> {
                what.append(" truncated");
                out.write(bytes, 0, random.nextInt(bytes.length + 1));
            }
            case 1 -> {
                what.append(" invalid UTF-8");
                int at = random.nextInt(bytes.length + 1);
                out.write(bytes, 0, at);
                byte[] bad = pick(List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88}));
                out.write(bad, 0, bad.length);
                out.write(bytes, at, bytes.length - at);
            }
            case 2 -> {
                what.append(" GBK");
                byte[] gbk = new String(bytes, StandardCharsets.UTF_8).getBytes(GBK);
                out.write(gbk, 0, gbk.length);
            }
            case 3 -> {
                what.append(" random bytes");
                byte[] noise = new byte[random.nextInt(2_000)];
                random.nextBytes(noise);
                out.write(noise, 0, noise.length);
            }
            case 4 -> {
                what.append(" trailing garbage");
                out.write(bytes, 0, bytes.length);
                out.writeBytes(pick(List.of("}", "]]", ",", "garbage", "{\"a\":1}")).getBytes(StandardCharsets.UTF_8));
            }
            case 5 -> what.append(" empty");
            case 6 -> {
                what.append(" scalar");
                out.writeBytes(pick(List.of("null", "[]", "1", "\"text\"", "true", "[{}]")).getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                what.append(" flipped byte");
                byte[] copy = bytes.clone();
                if (copy.length > 0) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
                }
                out.write(copy, 0, copy.length);
            }
        }
        return out.toByteArray();
    }

    // ---- query parameters

    private Request queryParameters() {
        String[][] endpoints = {
                {"/api/v1/needs", "q", "status", "region", "industry", "page", "size"},
                {"/api/v1/search", "q", "kinds", "limit"},
                {"/api/v1/orgs", "q", "page", "size"},
                {"/api/v1/paths", "from", "to", "maxLength"},
                {"/api/v1/needs/NEED-PUB/matches", "regions", "orgTypes", "minEvidence", "activeSince",
                        "regionPreference", "page", "size"}};
        String[] endpoint = endpoints[random.nextInt(endpoints.length)];
        StringBuilder query = new StringBuilder();
        for (int i = 1; i < endpoint.length; i++) {
            int choice = random.nextInt(6);
            if (choice == 0) {
                continue; // omitted
            }
            int repeats = random.nextInt(10) == 0 ? 2 + random.nextInt(60) : 1;
            for (int r = 0; r < repeats; r++) {
                String value = choice == 1 ? validValue(endpoint[i]) : badValue();
                query.append(query.isEmpty() ? '?' : '&').append(endpoint[i]).append('=').append(encode(value));
            }
        }
        if (random.nextInt(10) == 0) {
            query.append(query.isEmpty() ? '?' : '&').append(pick(List.of("=", "&&", "a", "size", "page=",
                    "q=%E9%94", "q=%C3%28", "q=%ED%A0%80", "unknown=1")));
        }
        return new Request("GET", endpoint[0] + query, null, null, "GET " + endpoint[0] + " params");
    }

    private String validValue(String param) {
        return switch (param) {
            case "q" -> pick(List.of("锂电池", "隔膜", "大学"));
            case "status" -> pick(List.of("open", "closed"));
            case "region", "regions" -> pick(List.of("32", "3201", "31"));
            case "industry" -> "GB:C38";
            case "page" -> String.valueOf(random.nextInt(3));
            case "size", "limit" -> String.valueOf(1 + random.nextInt(100));
            case "kinds" -> pick(List.of("Patent", "Need", "Organization"));
            case "from" -> "ORG-U";
            case "to" -> "NEED-PUB";
            case "maxLength" -> String.valueOf(1 + random.nextInt(4));
            case "orgTypes" -> pick(List.of("firm", "university"));
            case "minEvidence" -> String.valueOf(random.nextInt(5));
            case "activeSince" -> "2015";
            case "regionPreference" -> pick(List.of("yrd", "near", "none"));
            default -> "x";
        };
    }

    private String badValue() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(List.of("-1", "0", "abc", "1e5", "0x10", "99999999999999999999", "2147483648", "1.5",
                    "NaN", "", " ", "101", "100001", "5", "+1", "١٢"));
            case 1 -> "x".repeat(pick(List.of(41, 201, 501, 1_000, 3_000)));
            default -> nastyString();
        };
    }

    // ---- path ids

    private Request pathId() {
        String template = pick(PATH_TEMPLATES);
        String id = switch (random.nextInt(5)) {
            case 0 -> pick(NASTY);
            case 1 -> nastyString();
            case 2 -> "NEED-" + "9".repeat(pick(List.of(60, 65, 300)));
            case 3 -> pick(List.of("ORG-U", "NEED-PUB", "NEED-CONF-B", "ORG-NOPE", "CN000001A", "GB:C38", "32",
                    "..", ".", "a/b", "a.b", "H01M4/525"));
            default -> pick(NASTY) + "-" + random.nextInt(1000);
        };
        String method = template.endsWith("/close") || template.endsWith("/consortia") ? "POST" : "GET";
        // a real client percent-encodes the id as one path segment; '/' included
        String path = String.format(template, encode(id).replace("+", "%20"));
        return new Request(method, path, method.equals("POST") ? "application/json" : null,
                method.equals("POST") ? "{}".getBytes(StandardCharsets.UTF_8) : null, method + " " + template);
    }

    // ---- bulk import

    private Request importBody() {
        StringBuilder text = new StringBuilder();
        boolean array = random.nextBoolean();
        int items = random.nextInt(10);
        if (array) {
            text.append('[');
        }
        for (int i = 0; i < items; i++) {
            ObjectNode need = needBody();
            need.put("id", random.nextInt(3) == 0 ? nastyString() : "NEED-FUZZ-" + random.nextInt(50));
            if (random.nextBoolean()) {
                mutate(need);
            }
            String line = new String(bytes(need), StandardCharsets.UTF_8);
            if (random.nextInt(6) == 0) {
                line = line.substring(0, random.nextInt(line.length() + 1));
            }
            text.append(line).append(array ? (i + 1 < items ? "," : "") : "\n");
        }
        if (array) {
            text.append(']');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        StringBuilder what = new StringBuilder("POST /api/v1/needs/import " + (array ? "array" : "jsonl"));
        if (random.nextInt(5) == 0) {
            bytes = corrupt(bytes, what);
        }
        return new Request("POST", "/api/v1/needs/import",
                pick(List.of("application/json", "application/x-ndjson", "text/plain")), bytes, what.toString());
    }

    // ---- wrong methods and odd requests

    private Request oddRequest() {
        return switch (random.nextInt(4)) {
            case 0 -> new Request(pick(List.of("DELETE", "PATCH", "PUT")), pick(List.of("/api/v1/needs",
                    "/api/v1/match", "/api/v1/search?q=a")), "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                    "wrong method");
            case 1 -> new Request("GET", "/api/v1/" + encode(nastyString()), null, null, "unknown path");
            case 2 -> new Request("POST", "/api/v1/match", "application/json", null, "no body");
            default -> new Request("POST", "/api/v1/needs/NEED-PUB/close", "application/json",
                    bytes(needBody()), "body where none is expected");
        };
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static Iterator<Request> stream(long seed) {
        ApiFuzzInputs inputs = new ApiFuzzInputs(seed);
        return new Iterator<>() {
            public boolean hasNext() {
                return true;
            }

            public Request next() {
                return inputs.next();
            }
        };
    }
}
