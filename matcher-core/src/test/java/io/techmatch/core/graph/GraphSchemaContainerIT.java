package io.techmatch.core.graph;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The graph contract against a Neo4j server in a container. Machines without a Docker engine report these tests
 * as skipped: {@code disabledWithoutDocker} turns the missing engine into a skip instead of an error.
 */
@Testcontainers(disabledWithoutDocker = true)
class GraphSchemaContainerIT extends GraphSchemaContract {

    @Container
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26-community").withAdminPassword("techmatch-test");

    static GraphConnection connection;

    @BeforeAll
    static void connect() {
        connection = GraphConnection.open(GraphSettings.external(NEO4J.getBoltUrl(), "neo4j", "techmatch-test"));
    }

    @AfterAll
    static void disconnect() {
        if (connection != null) {
            connection.close();
        }
    }

    @Override
    GraphConnection connection() {
        return connection;
    }
}
