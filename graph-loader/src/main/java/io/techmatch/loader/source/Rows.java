package io.techmatch.loader.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small helpers shared by the readers. */
public final class Rows {
    private Rows() {
    }

    /** Sorted, null-free copy, so that equal content gives an equal hash. */
    static Map<String, Object> clean(Map<String, Object> props) {
        Map<String, Object> out = new TreeMap<>();
        props.forEach((k, v) -> {
            if (v != null && !(v instanceof String s && s.isBlank())) {
                out.put(k, v);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * Failures of the graph, of the reject report or of a write batch end the load; only failures of one row become
     * rejects. (Batches are written on another thread, so a write failure surfaces while a later row is read.)
     */
    static void rethrowIfFatal(RuntimeException e) {
        if (e instanceof org.neo4j.driver.exceptions.Neo4jException || e instanceof java.io.UncheckedIOException
                || e instanceof io.techmatch.loader.WriteFailedException) {
            throw e;
        }
    }

    public static Map<String, Object> props(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** Splits on , ; ， ； | and strips blanks. */
    public static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split("[,;，；|、]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
