package io.techmatch.core.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.driver.Session;

/**
 * The graph that integration tests run against, one per test JVM: the server in
 * {@code TECHMATCH_TEST_NEO4J_URI} when set (with {@code TECHMATCH_TEST_NEO4J_USER}/{@code _PASSWORD}), otherwise
 * an embedded Neo4j in a temporary home that is deleted when the JVM exits. Container tests build their own
 * connection from a Testcontainers server and reuse the same test bodies.
 */
public final class TestGraph {
    private static GraphConnection shared;

    private TestGraph() {
    }

    public static synchronized GraphConnection shared() {
        if (shared == null) {
            shared = GraphConnection.open(settings());
            GraphConnection connection = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                connection.close();
                if (connection.isEmbedded()) {
                    deleteRecursively(connection.settings().embedded().dataDir());
                }
            }, "test-graph-shutdown"));
        }
        return shared;
    }

    static GraphSettings settings() {
        String uri = System.getenv("TECHMATCH_TEST_NEO4J_URI");
        if (uri != null && !uri.isBlank()) {
            return GraphSettings.external(uri, env("TECHMATCH_TEST_NEO4J_USER", "neo4j"),
                    env("TECHMATCH_TEST_NEO4J_PASSWORD", ""));
        }
        return GraphSettings.embedded(newTempDir("techmatch-test-neo4j"), 0);
    }

    /** Removes every node except the schema bookkeeping. */
    public static void wipe(GraphConnection connection) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            session.run("MATCH (n) WHERE NOT n:SchemaMigration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
                    .consume();
        }
    }

    /**
     * Runs a fixture script from the classpath, e.g. {@code /fixtures/demo-small.cypher}, after a wipe, then
     * computes the co-application summaries as the loader's derivation does.
     */
    public static void loadFixture(GraphConnection connection, String resource) {
        wipe(connection);
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            for (String statement : CypherResource.statements(resource)) {
                session.run(statement).consume();
            }
        }
        OrganizationSummaries.refreshAll(connection);
    }

    public static long count(GraphConnection connection, String cypher, Map<String, Object> params) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.run(cypher, params).single().get(0).asLong();
        }
    }

    public static Path newTempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp dir left behind is not worth failing a test run
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
