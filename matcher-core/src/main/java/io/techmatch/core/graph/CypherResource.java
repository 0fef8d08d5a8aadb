package io.techmatch.core.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Cypher kept in {@code .cypher} resources on the classpath, loaded once and cached. */
public final class CypherResource {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherResource() {
    }

    /** The whole text of {@code path} (classpath-absolute, e.g. {@code /cypher/match/candidates.cypher}). */
    public static String load(String path) {
        return CACHE.computeIfAbsent(path, CypherResource::read);
    }

    /**
     * The statements of a multi-statement script: split on {@code ;} at line ends, with {@code //} comment lines
     * dropped. Scripts are ours, so no string literal ever holds a {@code ;} at a line end.
     */
    public static List<String> statements(String path) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : load(path).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String path) {
        try (InputStream in = CypherResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Cypher resource " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Cypher resource " + path, e);
        }
    }
}
