package io.techmatch.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.techmatch.api.TechmatchApplication;
import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphSettings;
import io.techmatch.core.graph.GraphStartupException;
import io.techmatch.core.graph.TestGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How the application finds its graph, each case in its own application: the embedded graph keeps its data across
 * restarts, NEO4J_URI switches to another server, and bad configuration fails fast with one line saying what to fix.
 */
@ExtendWith(OutputCaptureExtension.class)
class GraphBootstrapIT {
    private static final Path TMP = TestGraph.newTempDir("techmatch-bootstrap-it");

    @AfterAll
    static void cleanUp() {
        TestGraph.deleteRecursively(TMP);
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        Map<String, Object> all = new java.util.HashMap<>(Map.of(
                "spring.profiles.active", "test",
                "server.port", "0",
                "techmatch.demo.load-when-empty", "false",
                "techmatch.neo4j.bolt-port", "0",
                "techmatch.neo4j.connect-timeout", "3s",
                "techmatch.index.dir", TMP.resolve("index").toString()));
        all.putAll(properties);
        // as command-line arguments: they win over application.yml, as NEO4J_URI and friends would
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(TechmatchApplication.class).run(args);
    }

    private static long needs(Driver driver, String id) {
        try (Session session = driver.session()) {
            return session.run("MATCH (n:Need {id: $id}) RETURN count(n)", Map.of("id", id)).single().get(0).asLong();
        }
    }

    @Test
    void restartingTheApplicationKeepsTheEmbeddedData() {
        Path dir = TMP.resolve("restart");
        try (ConfigurableApplicationContext first = start(Map.of("techmatch.neo4j.data-dir", dir.toString()))) {
            Driver driver = first.getBean(Driver.class);
            try (Session session = driver.session()) {
                session.run("CREATE (:Need {id: 'NEED-KEPT', title: '重启后仍在'})").consume();
            }
        }
        try (ConfigurableApplicationContext second = start(Map.of("techmatch.neo4j.data-dir", dir.toString()))) {
            assertThat(second.getBean(GraphConnection.class).isEmbedded()).isTrue();
            assertThat(needs(second.getBean(Driver.class), "NEED-KEPT")).isEqualTo(1);
        }
    }

    @Test
    void neo4jUriMakesTheApplicationUseThatServer() {
        try (GraphConnection other = GraphConnection.open(GraphSettings.embedded(TMP.resolve("other"), 0))) {
            try (Session session = other.driver().session()) {
                session.run("CREATE (:Need {id: 'NEED-ELSEWHERE'})").consume();
            }
            try (ConfigurableApplicationContext app = start(Map.of("techmatch.neo4j.uri", other.uri(),
                    "techmatch.neo4j.data-dir", TMP.resolve("unused").toString()))) {
                GraphConnection used = app.getBean(GraphConnection.class);
                assertThat(used.isEmbedded()).isFalse();
                assertThat(used.uri()).isEqualTo(other.uri());
                // the app's driver (the one Spring Data Neo4j and health use) reads the other server's data
                assertThat(needs(app.getBean(Driver.class), "NEED-ELSEWHERE")).isEqualTo(1);
                assertThat(Files.exists(TMP.resolve("unused"))).isFalse();
            }
        }
    }

    @Test
    void anUnreachableUriFailsFastWithOneClearLine(CapturedOutput output) {
        assertThatThrownBy(() -> start(Map.of("techmatch.neo4j.uri", "bolt://127.0.0.1:1",
                "techmatch.neo4j.data-dir", TMP.resolve("unreachable").toString())))
                .satisfies(e -> assertThat(causeOf(e, GraphStartupException.class).getMessage())
                        .startsWith("Neo4j is not reachable at bolt://127.0.0.1:1").contains("NEO4J_URI")
                        .doesNotContain("\n"));
        assertThat(output).contains("APPLICATION FAILED TO START").contains("Neo4j is not reachable at bolt://127.0.0.1:1")
                .contains("Fix techmatch.neo4j.*");
    }

    @Test
    void anUnwritableDataDirectoryFailsFastWithOneClearLine(CapturedOutput output) throws Exception {
        // a path below a regular file can be created by nobody, root included
        Path file = Files.writeString(TMP.resolve("a-file"), "not a directory");
        Path dataDir = file.resolve("neo4j");
        assertThatThrownBy(() -> start(Map.of("techmatch.neo4j.data-dir", dataDir.toString())))
                .satisfies(e -> assertThat(causeOf(e, GraphStartupException.class).getMessage())
                        .startsWith("Embedded Neo4j data directory " + dataDir).contains("TECHMATCH_DATA_DIR")
                        .doesNotContain("\n"));
        assertThat(output).contains("APPLICATION FAILED TO START").contains("Embedded Neo4j data directory");
    }

    private static Throwable causeOf(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + e);
    }
}
