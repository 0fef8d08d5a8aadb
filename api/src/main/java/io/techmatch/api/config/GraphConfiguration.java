package io.techmatch.api.config;

import io.techmatch.core.graph.GraphConnection;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The graph: one {@link GraphConnection} (embedded Neo4j unless {@code NEO4J_URI} is set) and its Bolt driver,
 * exposed as the only {@link Driver} bean so Spring Data Neo4j and the Neo4j health indicator reuse it instead of
 * building a second driver.
 */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {
    private static final Logger log = LoggerFactory.getLogger(GraphConfiguration.class);

    @Bean(destroyMethod = "close")
    GraphConnection graphConnection(TechmatchProperties properties) {
        long start = System.nanoTime();
        GraphConnection connection = GraphConnection.open(properties.neo4j().toGraphSettings());
        log.info("Graph ready at {} ({}) in {} ms", connection.uri(),
                connection.isEmbedded() ? "embedded" : "external", (System.nanoTime() - start) / 1_000_000);
        return connection;
    }

    /** Owned and closed by the connection, hence no destroy method here. */
    @Bean(destroyMethod = "")
    Driver neo4jDriver(GraphConnection connection) {
        return connection.driver();
    }
}
