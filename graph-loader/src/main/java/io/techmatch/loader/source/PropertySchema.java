package io.techmatch.loader.source;

import io.techmatch.core.graph.GraphModel.Label;
import io.techmatch.core.graph.GraphModel.Rel;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The typed properties of docs/graph-model.md, used to validate and coerce canonical rows. Properties not listed
 * are strings. A value of the wrong type is a reject with the field named.
 */
public final class PropertySchema {
    public enum Type { STRING, INT, DOUBLE, BOOL, LIST, DATE }

    /** IPC as printed: section, class, subclass, or group with a slash, e.g. H01M10/052. */
    private static final Pattern IPC = Pattern.compile("[A-H](\\d{2}([A-Z](\\d{1,4}/\\d{2,6})?)?)?");

    private static final Map<String, Map<String, Type>> NODES = Map.of(
            Label.ORGANIZATION, Map.of("aliases", Type.LIST, "lat", Type.DOUBLE, "lon", Type.DOUBLE),
            Label.PATENT, Map.of("applicationDate", Type.DATE, "publicationDate", Type.DATE, "year", Type.INT,
                    "ipcCodes", Type.LIST, "applicants", Type.LIST),
            Label.ACHIEVEMENT, Map.of("cooperationMethods", Type.LIST, "year", Type.INT),
            Label.NEED, Map.of("confidential", Type.BOOL, "postedAt", Type.DATE, "year", Type.INT,
                    "deadline", Type.DATE, "cooperationMethods", Type.LIST),
            Label.PROJECT, Map.of("year", Type.INT),
            Label.REGION, Map.of("yrd", Type.BOOL));

    private static final Map<String, Map<String, Type>> RELS = Map.of(
            Rel.APPLIED_FOR, Map.of("order", Type.INT),
            Rel.INVENTED, Map.of("order", Type.INT),
            Rel.AFFILIATED_WITH, Map.of("since", Type.INT, "until", Type.INT),
            Rel.OWNS, Map.of("inferred", Type.BOOL),
            Rel.CLASSIFIED_AS, Map.of("inferred", Type.BOOL, "score", Type.DOUBLE),
            Rel.IN_INDUSTRY, Map.of("inferred", Type.BOOL),
            Rel.UPSTREAM_OF, Map.of("weight", Type.DOUBLE),
            Rel.LOCATED_IN, Map.of("inferred", Type.BOOL),
            Rel.SOLVED_BY, Map.of("year", Type.INT),
            Rel.FEEDBACK, Map.of("count", Type.INT));

    private PropertySchema() {
    }

    public static boolean isIpcCode(String code) {
        return code != null && IPC.matcher(code).matches();
    }

    public static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    public static Type nodeType(String label, String property) {
        return NODES.getOrDefault(label, Map.of()).getOrDefault(property, Type.STRING);
    }

    public static Type relType(String type, String property) {
        return RELS.getOrDefault(type, Map.of()).getOrDefault(property, Type.STRING);
    }

    /** Converts a JSON or CSV value to the declared type; throws IllegalArgumentException saying why not. */
    public static Object coerce(Type type, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        switch (type) {
            case INT:
                if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                    return n.longValue();
                }
                try {
                    return Long.parseLong(value.toString().strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not an integer: '" + value + "'");
                }
            case DOUBLE:
                if (value instanceof Number n) {
                    return n.doubleValue();
                }
                try {
                    return Double.parseDouble(value.toString().strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a number: '" + value + "'");
                }
            case BOOL:
                if (value instanceof Boolean b) {
                    return b;
                }
                String s = value.toString().strip().toLowerCase(java.util.Locale.ROOT);
                if (s.equals("true") || s.equals("false")) {
                    return Boolean.parseBoolean(s);
                }
                throw new IllegalArgumentException("not a boolean (true/false): '" + value + "'");
            case DATE:
                String d = value.toString().strip();
                if (!isDate(d)) {
                    throw new IllegalArgumentException("invalid date (want yyyy-MM-dd): '" + value + "'");
                }
                return d;
            case LIST:
                if (value instanceof List<?> list) {
                    List<String> out = new ArrayList<>();
                    for (Object o : list) {
                        if (o instanceof Map || o instanceof List) {
                            throw new IllegalArgumentException("list of strings expected, found a nested value");
                        }
                        if (o != null && !o.toString().isBlank()) {
                            out.add(o.toString().strip());
                        }
                    }
                    return out;
                }
                if (value instanceof Map) {
                    throw new IllegalArgumentException("list expected, found an object");
                }
                return new ArrayList<>(List.of(value.toString().split("\\|", -1))).stream()
                        .map(String::strip).filter(x -> !x.isEmpty()).toList();
            default:
                if (value instanceof Map || value instanceof List) {
                    throw new IllegalArgumentException("text expected, found " + (value instanceof Map ? "an object" : "a list"));
                }
                return value.toString();
        }
    }
}
