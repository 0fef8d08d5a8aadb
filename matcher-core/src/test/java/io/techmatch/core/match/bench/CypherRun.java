package io.techmatch.core.match.bench;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphSettings;
import java.nio.file.Path;
import org.neo4j.driver.Session;

/** Not a test: runs Cypher statements (one per argument after the data dir) against an embedded graph and prints the rows. */
public final class CypherRun {
    private CypherRun() {
    }

    public static void main(String[] args) {
        GraphSettings settings = new GraphSettings(null, null, null, null,
                new GraphSettings.Embedded(Path.of(args[0]).resolve("neo4j"), 0, "2g"), null);
        try (GraphConnection graph = GraphConnection.open(settings);
             Session s = graph.driver().session(graph.sessionConfig())) {
            for (int i = 1; i < args.length; i++) {
                long start = System.nanoTime();
                System.out.println("> " + args[i]);
                s.run(args[i]).list().forEach(r -> System.out.println(r.asMap()));
                System.out.printf("(%d ms)%n", (System.nanoTime() - start) / 1_000_000);
            }
        }
        System.exit(0);
    }
}
