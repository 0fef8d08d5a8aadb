package io.techmatch.loader;

import io.techmatch.core.graph.GraphConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * A content checksum of the whole graph: every node and relationship with its properties, in a stable order. The
 * bookkeeping nodes (schema migrations, load runs with their times) are left out.
 */
final class GraphChecksum {
    private GraphChecksum() {
    }

    static String of(GraphConnection graph) {
        List<String> lines = new ArrayList<>();
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            for (Record r : session.run("MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:LoadRun RETURN labels(n) AS l, properties(n) AS p").list()) {
                lines.add(r.get("l").asList() + " " + new TreeMap<>(r.get("p").asMap()));
            }
            for (Record r : session.run("""
                    MATCH (a)-[x]->(b) RETURN a.id AS a, type(x) AS t, b.id AS b, properties(x) AS p""").list()) {
                lines.add(r.get("a").asString() + " -" + r.get("t").asString() + "-> " + r.get("b").asString() + " "
                        + new TreeMap<>(r.get("p").asMap()));
            }
        }
        lines.sort(null);
        return lines.size() + ":" + ContentHash.ofText(String.join("\n", lines));
    }

    static Map<String, Long> counts(GraphLoader loader) {
        GraphStatus status = loader.status();
        Map<String, Long> all = new TreeMap<>(status.nodes());
        all.putAll(status.relationships());
        return all;
    }
}
