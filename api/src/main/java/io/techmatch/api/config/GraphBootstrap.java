package io.techmatch.api.config;

import io.techmatch.core.graph.GraphConnection;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Prepares the graph before anything reads it: when it holds no need and {@code techmatch.demo.load-when-empty} is
 * on, the built-in demo dataset of graph-loader is loaded.
 */
@Component
class GraphBootstrap {
    private static final Logger log = LoggerFactory.getLogger(GraphBootstrap.class);

    GraphBootstrap(GraphConnection graph, TechmatchProperties properties) {
        long needs;
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            needs = session.run("MATCH (n:Need) RETURN count(n)").single().get(0).asLong();
        }
        if (needs == 0 && properties.demo().loadWhenEmpty()) {
            DemoLoader.load(graph);
        } else {
            log.info("Graph holds {} needs; demo dataset not loaded", needs);
        }
    }
}
