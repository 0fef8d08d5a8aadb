package io.techmatch.core.match;

import io.techmatch.core.graph.CypherResource;
import io.techmatch.core.graph.GraphConnection;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the matcher's read queries, kept in {@code /cypher/match/*.cypher}, in read transactions. */
final class GraphReader {
    private static final Logger log = LoggerFactory.getLogger(GraphReader.class);
    private final GraphConnection graph;

    GraphReader(GraphConnection graph) {
        this.graph = graph;
    }

    List<Record> read(String query, Map<String, Object> params) {
        String cypher = CypherResource.load("/cypher/match/" + query + ".cypher");
        long start = System.nanoTime();
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            List<Record> rows = session.executeRead(tx -> tx.run(cypher, params).list());
            if (log.isDebugEnabled()) {
                log.debug("query {} returned {} rows in {} ms", query, rows.size(), (System.nanoTime() - start) / 1_000_000);
            }
            return rows;
        }
    }
}
