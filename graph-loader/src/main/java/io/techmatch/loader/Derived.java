package io.techmatch.loader;

import io.techmatch.core.graph.CypherResource;
import io.techmatch.core.graph.GraphConnection;
import java.util.List;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The derived structure, recomputed from the graph after every load: co-applications → COLLABORATED_WITH,
 * organizations' IPC and industry profiles → ACTIVE_IN, {@code regionId} → LOCATED_IN. Each statement commits in
 * chunks, so a kill part-way leaves a state the next run completes.
 */
final class Derived {
    private static final Logger log = LoggerFactory.getLogger(Derived.class);
    private static final List<String> SCRIPTS = List.of(
            "/cypher/derive/located-in.cypher",
            "/cypher/derive/collaborations.cypher",
            "/cypher/derive/active-in-ipc.cypher",
            "/cypher/derive/active-in-industry.cypher");

    private Derived() {
    }

    static void refresh(GraphConnection graph) {
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            for (String script : SCRIPTS) {
                long start = System.nanoTime();
                for (String statement : CypherResource.statements(script)) {
                    session.run(statement).consume();
                }
                log.info("Derived {} in {} ms", script, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
