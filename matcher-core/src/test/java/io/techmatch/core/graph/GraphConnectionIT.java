package io.techmatch.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Session;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/** Starting, restarting and switching graphs, and the one-line errors for bad configuration. */
class GraphConnectionIT {
    private Path dir;

    @AfterEach
    void cleanUp() {
        TestGraph.deleteRecursively(dir);
    }

    @Test
    void embeddedGraphKeepsItsDataAcrossRestarts() {
        dir = TestGraph.newTempDir("techmatch-restart");
        try (GraphConnection first = GraphConnection.open(GraphSettings.embedded(dir, 0))) {
            assertThat(first.isEmbedded()).isTrue();
            write(first, "MERGE (:Organization {id: 'org-restart', name: '复旦大学'})");
        }
        try (GraphConnection second = GraphConnection.open(GraphSettings.embedded(dir, 0))) {
            assertThat(TestGraph.count(second, "MATCH (o:Organization {id: 'org-restart'}) RETURN count(o)", Map.of()))
                    .isEqualTo(1);
        }
    }

    @Test
    void externalUriMakesTheSameCodeUseAnotherServer() {
        dir = TestGraph.newTempDir("techmatch-external");
        try (GraphConnection server = GraphConnection.open(GraphSettings.embedded(dir, 0))) {
            write(server, "MERGE (:Need {id: 'need-on-server', title: '锂电池回收'})");
            try (GraphConnection client = GraphConnection.open(GraphSettings.external(server.uri(), "neo4j", ""))) {
                assertThat(client.isEmbedded()).isFalse();
                assertThat(TestGraph.count(client, "MATCH (n:Need {id: 'need-on-server'}) RETURN count(n)", Map.of()))
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void unreachableUriFailsFastWithOneClearLine() {
        GraphSettings settings = new GraphSettings("bolt://127.0.0.1:1", "neo4j", "x", null, null, Duration.ofSeconds(2));
        assertThatThrownBy(() -> GraphConnection.open(settings))
                .isInstanceOf(GraphStartupException.class)
                .hasMessageStartingWith("Neo4j is not reachable at bolt://127.0.0.1:1")
                .hasMessageContaining("check NEO4J_URI")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void malformedUriSaysWhatAUriLooksLike() {
        assertThatThrownBy(() -> GraphConnection.open(GraphSettings.external("http//nowhere", "neo4j", "x")))
                .isInstanceOf(GraphStartupException.class)
                .hasMessageContaining("bolt://host:7687");
    }

    @Test
    void unwritableDataDirectoryFailsFastWithOneClearLine() throws Exception {
        dir = TestGraph.newTempDir("techmatch-unwritable");
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> GraphConnection.open(GraphSettings.embedded(file.resolve("neo4j"), 0)))
                .isInstanceOf(GraphStartupException.class)
                .hasMessageContaining("data directory")
                .hasMessageContaining("TECHMATCH_DATA_DIR");
    }

    @Test
    void wrongPasswordFailsFastWithOneClearLine() {
        dir = TestGraph.newTempDir("techmatch-auth");
        // A server that requires authentication, as a production server does.
        DatabaseManagementService secured = new DatabaseManagementServiceBuilder(dir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .build();
        try {
            int port = ((GraphDatabaseAPI) secured.database("system")).getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT).getPort();
            assertThatThrownBy(() -> GraphConnection.open(
                    GraphSettings.external("bolt://127.0.0.1:" + port, "neo4j", "wrong-password")))
                    .isInstanceOf(GraphStartupException.class)
                    .hasMessageContaining("rejected the credentials")
                    .hasMessageContaining("NEO4J_PASSWORD");
        } finally {
            secured.shutdown();
        }
    }

    private static void write(GraphConnection connection, String cypher) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            session.run(cypher).consume();
        }
    }
}
