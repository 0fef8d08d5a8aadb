package io.techmatch.loader;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphSettings;
import java.nio.file.Path;
import java.util.List;

/** Child-JVM entry for KillAndRerunIT: load a canonical folder into the graph at args[0], print summary + checksum. */
public final class RerunMain {
    private RerunMain() {
    }

    public static void main(String[] args) {
        // a line per committed batch (write and derivation): the points KillAndRerunIT kills at
        for (Class<?> logger : new Class<?>[] {BatchWriter.class, Derived.class}) {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(logger)).setLevel(ch.qos.logback.classic.Level.DEBUG);
        }
        int code = 0;
        try (GraphConnection graph = GraphConnection.open(GraphSettings.embedded(Path.of(args[0]), 0))) {
            GraphLoader loader = new GraphLoader(graph, new LoaderSettings(Integer.parseInt(args[2]), Path.of(args[0]).getParent(), false));
            System.out.println("LOADING"); // the graph is open; the parent times its kill from here
            LoadSummary summary = loader.load(SourceType.CANONICAL, List.of(Path.of(args[1])));
            System.out.println("SUMMARY unchanged=" + summary.unchanged() + " created=" + summary.created()
                    + " updated=" + summary.updated());
            System.out.println("CHECKSUM " + GraphChecksum.of(graph));
            System.out.println("COUNTS " + GraphChecksum.counts(loader));
        } catch (RuntimeException e) {
            e.printStackTrace();
            code = 1;
        }
        System.exit(code);
    }
}
