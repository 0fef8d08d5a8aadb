package io.techmatch.core.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned schema files under {@code /db/schema} in order, once each, and records every applied
 * version as a {@code :SchemaMigration} node with its checksum. Statements are {@code IF NOT EXISTS}, so a
 * migration interrupted midway is simply re-run. A changed file that was already applied is an error: schema
 * changes go into a new version.
 */
final class SchemaMigrator {
    private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);
    static final String DIRECTORY = "/db/schema/";

    private final GraphConnection connection;

    SchemaMigrator(GraphConnection connection) {
        this.connection = connection;
    }

    /** @return the number of migrations applied by this call */
    int migrate() {
        int applied = 0;
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            for (String file : versions()) {
                String version = file.substring(0, file.indexOf("__"));
                String checksum = sha256(CypherResource.load(DIRECTORY + file));
                String known = session.executeRead(tx -> tx.run(
                        "MATCH (m:SchemaMigration {id: $id}) RETURN m.checksum AS checksum", Map.of("id", version))
                        .list(r -> r.get("checksum").asString()))
                        .stream().findFirst().orElse(null);
                if (checksum.equals(known)) {
                    continue;
                }
                if (known != null) {
                    throw new GraphStartupException("Schema migration " + file + " was changed after it was applied;"
                            + " put schema changes into a new version file instead");
                }
                for (String statement : CypherResource.statements(DIRECTORY + file)) {
                    // Schema statements cannot share a transaction with data writes: one auto-commit each.
                    session.run(statement).consume();
                }
                session.executeWrite(tx -> tx.run("""
                        MERGE (m:SchemaMigration {id: $id})
                        SET m.file = $file, m.checksum = $checksum, m.appliedAt = datetime()""",
                        Map.of("id", version, "file", file, "checksum", checksum)).consume());
                log.info("Applied schema migration {}", file);
                applied++;
            }
        }
        return applied;
    }

    static List<String> versions() {
        return CypherResource.load(DIRECTORY + "migrations.txt").lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
