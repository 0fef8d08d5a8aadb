package io.techmatch.loader;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphModel.Label;
import io.techmatch.core.graph.GraphModel.Rel;
import io.techmatch.loader.resolve.Dictionaries;
import io.techmatch.loader.source.CanonicalReader;
import io.techmatch.loader.source.NodeRow;
import io.techmatch.loader.source.Origin;
import io.techmatch.loader.source.PatentReader;
import io.techmatch.loader.source.ReadContext;
import io.techmatch.loader.source.ReferenceReader;
import io.techmatch.loader.source.SourceFiles;
import io.techmatch.loader.source.RelRow;
import io.techmatch.loader.source.RowSink;
import io.techmatch.loader.source.SourceReader;
import io.techmatch.loader.source.TechmarketReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph loader: turns files into the knowledge graph and keeps it correct on re-runs. Each source file is
 * checked first (a wholly unreadable file fails before anything is written), then read row by row; bad rows go
 * to a reject report, good ones are written in UNWIND/MERGE batches, one transaction each. After every load the
 * derived structure (collaborations, profiles, located-in) of the organizations the load touched is recomputed.
 */
public final class GraphLoader {
    private static final Logger log = LoggerFactory.getLogger(GraphLoader.class);

    private final GraphConnection graph;
    private final LoaderSettings settings;
    private final ReadContext context;
    private final LoadRuns runs;

    public GraphLoader(GraphConnection graph, LoaderSettings settings) {
        this.graph = graph;
        this.settings = settings;
        this.context = new ReadContext(Dictionaries.resolver());
        this.runs = new LoadRuns(graph);
    }

    public LoadSummary load(SourceType source, List<Path> paths) {
        Instant start = Instant.now();
        SourceReader reader = reader(source);
        List<Path> files = SourceFiles.expand(source, paths);
        for (Path file : files) {
            try {
                reader.preflight(file);
            } catch (IOException e) {
                throw new LoadException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        long totalBytes = files.stream().mapToLong(GraphLoader::size).sum();
        String run = runs.start(source, files, start);
        try {
            LoadSummary summary = write(source, reader, files, totalBytes, start);
            runs.completed(run, summary, start.plus(summary.took()));
            log.info("Loaded {} from {} files: {}", source, files.size(), summary);
            return summary;
        } catch (RuntimeException e) {
            runs.failed(run, e, Instant.now());
            throw e;
        }
    }

    private LoadSummary write(SourceType source, SourceReader reader, List<Path> files, long totalBytes, Instant start) {
        long[] read = {0};
        try (RejectReport rejects = new RejectReport(settings.reportDir(), source);
             GraphWriter writer = new GraphWriter(graph, settings.batchSize(), source, rejects);
             ProgressBar progress = settings.showProgress() ? progressBar(source, totalBytes) : null) {
            RowSink sink = new RowSink() {
                public void node(NodeRow row) {
                    writer.node(row);
                }

                public void rel(RelRow row) {
                    writer.rel(row);
                }

                public void reject(Origin origin, String field, String reason) {
                    rejects.add(origin, field, reason);
                }

                public void read(long bytes) {
                    read[0]++;
                    if (progress != null) {
                        progress.stepBy(bytes);
                    }
                }
            };
            for (Path file : files) {
                long before = read[0];
                reader.read(file, sink);
                log.info("Read {} rows from {}", read[0] - before, file);
            }
            writer.finish();
            Instant deriving = Instant.now();
            int derived = Derived.refresh(graph, writer.touched());
            Instant end = Instant.now();
            return new LoadSummary(read[0], writer.created(), writer.updated(), writer.unchanged(),
                    rejects.count(), Duration.between(start, end), Duration.between(deriving, end), derived,
                    rejects.file().stream().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Load of " + source + " failed while reading", e);
        }
    }

    /** The demo dataset shipped in this jar (docs/data-format.md describes it), loaded as canonical files. */
    public LoadSummary loadDemo() {
        Path dir = DemoDataset.extract();
        try {
            return load(SourceType.CANONICAL, DemoDataset.files(dir));
        } finally {
            DemoDataset.delete(dir);
        }
    }

    /** Counts, and the last 10 load runs recorded in the graph. */
    public GraphStatus status() {
        return status(10);
    }

    /** Counts, and the last {@code lastRuns} load runs recorded in the graph (by this or any other process). */
    public GraphStatus status(int lastRuns) {
        Map<String, Long> nodes = new LinkedHashMap<>();
        Map<String, Long> rels = new LinkedHashMap<>();
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            for (String label : Label.ALL) {
                nodes.put(label, session.run("MATCH (n:`" + label + "`) RETURN count(n)").single().get(0).asLong());
            }
            for (String type : relTypes()) {
                rels.put(type, session.run("MATCH ()-[r:`" + type + "`]->() RETURN count(r)").single().get(0).asLong());
            }
        }
        return new GraphStatus(nodes, rels, runs.last(lastRuns));
    }

    static List<String> relTypes() {
        return List.of(Rel.APPLIED_FOR, Rel.INVENTED, Rel.AFFILIATED_WITH, Rel.OWNS, Rel.POSTED, Rel.CLASSIFIED_AS,
                Rel.ACTIVE_IN, Rel.IN_INDUSTRY, Rel.UPSTREAM_OF, Rel.LOCATED_IN, Rel.PART_OF, Rel.COLLABORATED_WITH,
                Rel.SOLVED_BY, Rel.FEEDBACK);
    }

    private SourceReader reader(SourceType source) {
        return switch (source) {
            case CANONICAL -> new CanonicalReader(context);
            case PATENTS -> new PatentReader(context);
            case TECHMARKET -> new TechmarketReader(context);
            case REFERENCE -> new ReferenceReader(context);
        };
    }

    private static ProgressBar progressBar(SourceType source, long totalBytes) {
        return new ProgressBarBuilder().setTaskName("load " + source.name().toLowerCase(java.util.Locale.ROOT))
                .setInitialMax(Math.max(totalBytes, 1)).setUnit(" MB", 1 << 20).showSpeed()
                .setStyle(ProgressBarStyle.ASCII).build();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
