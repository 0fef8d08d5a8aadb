package io.techmatch.api.config;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.loader.GraphLoader;
import io.techmatch.loader.LoadSummary;
import io.techmatch.loader.LoaderSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads graph-loader's built-in demo dataset (YRD organizations, patents, needs, achievements). */
final class DemoLoader {
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private DemoLoader() {
    }

    static void load(GraphConnection graph) {
        long start = System.nanoTime();
        LoadSummary summary = new GraphLoader(graph, LoaderSettings.defaults()).loadDemo();
        log.info("Demo dataset loaded into the empty graph in {} ms: {}", (System.nanoTime() - start) / 1_000_000,
                summary);
    }
}
