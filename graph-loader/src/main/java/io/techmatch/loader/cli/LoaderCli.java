package io.techmatch.loader.cli;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphSettings;
import io.techmatch.core.search.EmbeddingModel;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.IndexSettings;
import io.techmatch.core.search.IndexStats;
import io.techmatch.loader.GraphLoader;
import io.techmatch.loader.GraphStatus;
import io.techmatch.loader.LoadException;
import io.techmatch.loader.LoadSummary;
import io.techmatch.loader.LoaderSettings;
import io.techmatch.loader.SourceType;
import io.techmatch.loader.synthetic.SyntheticGenerator;
import io.techmatch.loader.synthetic.SyntheticSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code techmatch-loader}: load files into the graph, show its status, generate synthetic data. The graph is
 * {@code NEO4J_URI} when set, else the embedded graph in {@code techmatch-data/neo4j} (or $TECHMATCH_DATA_DIR/neo4j).
 */
@Command(name = "techmatch-loader", mixinStandardHelpOptions = true, version = "techmatch-loader 0.1.0",
        description = "Loads reference data, technology-market data, patent exports and canonical files into the techmatch graph.",
        subcommands = {LoaderCli.Load.class, LoaderCli.Status.class, LoaderCli.Reindex.class, LoaderCli.GenerateSynthetic.class})
public final class LoaderCli {
    static final Path DEFAULT_DATA = Path.of("techmatch-data/neo4j");

    public static void main(String[] args) {
        quietLogging();
        int code = new CommandLine(new LoaderCli()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("error: " + e.getMessage());
                    return e instanceof LoadException ? 2 : 1;
                }).execute(args);
        // Bolt's Netty threads are not daemons: leave explicitly.
        System.exit(code);
    }

    /** Loader progress at INFO; the driver and the embedded DBMS only when something is wrong. No logback.xml is
     *  shipped in this jar, so the API that embeds the loader keeps its own logging configuration. */
    static void quietLogging() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.INFO);
            context.getLogger("org.neo4j").setLevel(ch.qos.logback.classic.Level.WARN);
            context.getLogger("io.netty").setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    @Command(name = "load", description = "Load files: load <reference|techmarket|patents|canonical|demo> <path...>")
    static final class Load implements Callable<Integer> {
        @Parameters(index = "0", description = "reference, techmarket, patents, canonical, or demo (the built-in demo dataset)")
        String source;
        @Parameters(index = "1..*", arity = "0..*", description = "files or folders")
        List<Path> paths = List.of();
        @Option(names = "--batch-size", defaultValue = "2000", description = "rows per write transaction (default ${DEFAULT-VALUE})")
        int batchSize;
        @Option(names = "--rejects", description = "folder for reject reports (default: the working directory)")
        Path rejects;
        @Option(names = "--no-progress", description = "no progress bar")
        boolean noProgress;

        @Override
        public Integer call() {
            boolean demo = source.equalsIgnoreCase("demo");
            SourceType type = demo ? SourceType.CANONICAL : SourceType.valueOf(source.toUpperCase(Locale.ROOT));
            if (!demo && paths.isEmpty()) {
                throw new CommandLine.ParameterException(new CommandLine(this), "give at least one path to load");
            }
            try (GraphConnection graph = GraphConnection.open(GraphSettings.fromEnvironment(DEFAULT_DATA))) {
                GraphLoader loader = new GraphLoader(graph, new LoaderSettings(batchSize, rejects, !noProgress));
                LoadSummary summary = demo ? loader.loadDemo() : loader.load(type, paths);
                System.out.println(summary);
                return summary.rejected() > 0 ? 3 : 0;
            }
        }
    }

    @Command(name = "status", description = "Node counts per label, relationship counts per type, and the last load runs.")
    static final class Status implements Callable<Integer> {
        @Option(names = "--last", defaultValue = "10", description = "how many load runs to show (default ${DEFAULT-VALUE})")
        int last;

        @Override
        public Integer call() {
            try (GraphConnection graph = GraphConnection.open(GraphSettings.fromEnvironment(DEFAULT_DATA))) {
                GraphStatus status = new GraphLoader(graph, LoaderSettings.defaults()).status(last);
                System.out.println("graph " + graph.uri());
                status.nodes().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(e -> System.out.printf("  %-18s %,12d%n", e.getKey(), e.getValue()));
                status.relationships().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(e -> System.out.printf("  %-18s %,12d%n", e.getKey(), e.getValue()));
                System.out.println("last " + status.lastLoads().size() + " load runs (newest first):");
                for (GraphStatus.LoadRun run : status.lastLoads()) {
                    System.out.printf("  %s  %-10s %-9s %s%n", run.startedAt(), run.source(), run.outcome(),
                            run.outcome().equals("completed")
                                    ? String.format("read %,d, created %,d, updated %,d, unchanged %,d, rejected %,d, finished %s",
                                    run.read(), run.created(), run.updated(), run.unchanged(), run.rejected(), run.finishedAt())
                                    : run.outcome().equals("failed") ? run.error() + ", at " + run.finishedAt()
                                    : "(still running, or killed)");
                    for (int i = 0; i < run.files().size(); i++) {
                        System.out.printf("      %s  sha256 %s%n", run.files().get(i),
                                i < run.fileHashes().size() ? run.fileHashes().get(i).substring(0, 16) : "?");
                    }
                }
                return 0;
            }
        }
    }

    @Command(name = "reindex", description = "Rebuild the evidence index (BM25 + dense vectors) from the graph.")
    static final class Reindex implements Callable<Integer> {
        @Option(names = "--index-dir", description = "index folder (default: techmatch-data/index, or $TECHMATCH_DATA_DIR/index)")
        Path indexDir;
        @Option(names = "--no-dense", description = "BM25 only: skip the embeddings (about 16 documents/s on 2 cores)")
        boolean noDense;
        @Option(names = "--embedding-cache", description = "folder caching embeddings by text hash (default: none)")
        Path embeddingCache;
        @Option(names = "--embedding-model", defaultValue = "FULL",
                description = "FULL (default; the same vectors on every CPU) or QUANTIZED (int8, faster to embed)")
        EmbeddingModel embeddingModel;

        @Override
        public Integer call() {
            String dataDir = System.getenv("TECHMATCH_DATA_DIR");
            Path dir = indexDir != null ? indexDir
                    : dataDir == null || dataDir.isBlank() ? Path.of("techmatch-data/index") : Path.of(dataDir).resolve("index");
            try (GraphConnection graph = GraphConnection.open(GraphSettings.fromEnvironment(DEFAULT_DATA));
                 EvidenceIndex index = EvidenceIndex.open(new IndexSettings(dir, !noDense, embeddingModel, embeddingCache, null))) {
                IndexStats stats = index.rebuildFromGraph(graph);
                System.out.println("evidence index " + dir.toAbsolutePath() + ": " + stats.documents() + " documents "
                        + stats.documentsByKind() + ", " + stats.denseVectors() + " vectors");
                return 0;
            }
        }
    }

    @Command(name = "generate-synthetic", description = "Write a deterministic synthetic dataset (canonical JSONL) to a folder.")
    static final class GenerateSynthetic implements Callable<Integer> {
        @Option(names = "--orgs", defaultValue = "1000") int orgs;
        @Option(names = "--patents", defaultValue = "10000") int patents;
        @Option(names = "--needs", defaultValue = "100") int needs;
        @Option(names = "--seed", defaultValue = "1") long seed;
        @Option(names = "--out", defaultValue = "techmatch-data/synthetic", description = "output folder (default ${DEFAULT-VALUE})")
        Path out;

        @Override
        public Integer call() throws Exception {
            SyntheticGenerator.Result result = new SyntheticGenerator(new SyntheticSpec(orgs, patents, needs, seed)).write(out);
            System.out.println("wrote " + result + " to " + out.toAbsolutePath()
                    + "; load it with: load canonical " + out);
            return 0;
        }
    }
}
