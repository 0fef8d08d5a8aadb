package io.techmatch.loader.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.TestGraph;
import io.techmatch.loader.GraphLoader;
import io.techmatch.loader.LoadException;
import io.techmatch.loader.LoadSummary;
import io.techmatch.loader.LoaderSettings;
import io.techmatch.loader.SourceType;
import io.techmatch.loader.resolve.Dictionaries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the loader with generated malformed files ({@link LoaderFuzzInputs}; seed {@code techmatch.fuzz.seed},
 * printed): at least {@code techmatch.fuzz.loader.count} (default 10,000) broken rows through the readers, and a
 * sample of the files through the whole loader into the graph. No reader may throw on a row; every row read is
 * either loaded or rejected with file, line, field and reason; valid rows between broken ones still load; a file
 * damaged as a whole fails with one message naming it, before anything is written.
 */
class LoaderFuzzIT {
    private static Path dir;
    private static long seed;
    private final ReadContext context = new ReadContext(Dictionaries.resolver(Optional.empty()));

    @BeforeAll
    static void setUp() {
        dir = TestGraph.newTempDir("loader-fuzz-it");
        seed = Long.getLong("techmatch.fuzz.seed", System.nanoTime());
    }

    @AfterAll
    static void cleanUp() {
        TestGraph.deleteRecursively(dir);
    }

    /** Counts what a reader did with each row, by line. */
    private static final class TrackingSink implements RowSink {
        final Set<Long> loadedLines = new HashSet<>();
        final Set<Long> rejectedLines = new HashSet<>();
        final List<String> badRejects = new ArrayList<>();
        long reads;
        private final Path file;

        TrackingSink(Path file) {
            this.file = file;
        }

        public void node(NodeRow row) {
            loadedLines.add(row.origin().line());
        }

        public void rel(RelRow row) {
            loadedLines.add(row.origin().line());
        }

        public void reject(Origin origin, String field, String reason) {
            rejectedLines.add(origin.line());
            if (!file.equals(origin.file()) || origin.line() < 1 || field == null || field.isBlank()
                    || reason == null || reason.isBlank()) {
                badRejects.add(origin + " field=" + field + " reason=" + reason);
            }
        }

        public void read(long bytes) {
            reads++;
        }
    }

    @Test
    void everyMalformedRowIsLoadedOrRejectedWithAReasonAndNoReaderCrashes() throws Exception {
        int count = Integer.getInteger("techmatch.fuzz.loader.count", 10_000);
        System.out.printf("LOADER FUZZ seed=%d count=%d (rerun with -Dtechmatch.fuzz.seed=%d)%n", seed, count, seed);
        LoaderFuzzInputs inputs = new LoaderFuzzInputs(seed, dir.resolve("readers"), 2_000_000);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        int malformed = 0;
        int files = 0;
        long rejected = 0;
        long started = System.nanoTime();
        while (malformed < count && failures.size() < 20) {
            LoaderFuzzInputs.FuzzFile f = inputs.next();
            files++;
            malformed += f.malformedRows();
            SourceReader reader = reader(f.source());
            try {
                reader.preflight(f.path());
            } catch (LoadException e) {
                outcomes.merge("file refused in preflight", 1, Integer::sum);
                if (!f.brokenFile()) {
                    failures.add(f.path() + " refused though only some rows are broken: " + e.getMessage());
                } else if (!e.getMessage().contains(f.path().toString())) {
                    failures.add("refusal does not name the file: " + e.getMessage());
                }
                delete(f.path());
                continue;
            }
            TrackingSink sink = new TrackingSink(f.path());
            try {
                reader.read(f.path(), sink);
            } catch (Exception | StackOverflowError e) {
                failures.add(f.path() + " " + f.defects() + ": reader threw " + e);
                continue;
            }
            rejected += sink.rejectedLines.size();
            outcomes.merge("file read", 1, Integer::sum);
            failures.addAll(sink.badRejects.stream().map(r -> f.path() + ": unexplained reject " + r).toList());
            Set<Long> accounted = new HashSet<>(sink.loadedLines);
            accounted.addAll(sink.rejectedLines);
            // a CSV header is read like a row and neither loaded nor rejected
            long silent = sink.reads - accounted.size() - (f.csvLike() && !f.path().toString().endsWith(".xlsx") ? 1 : 0);
            if (silent > 0 && !f.brokenFile()) {
                failures.add(f.path() + " " + f.defects() + ": " + silent + " rows read but neither loaded nor rejected");
            }
            for (long line : f.goodLines()) {
                if (!sink.loadedLines.contains(line) || sink.rejectedLines.contains(line)) {
                    failures.add(f.path() + ":" + line + " is a valid row but was not loaded (rejects at "
                            + sink.rejectedLines + ")");
                }
            }
            delete(f.path());
        }
        System.out.printf("LOADER FUZZ readers: %d malformed rows in %d files, %d rows rejected, %s, %.1f s%n",
                malformed, files, rejected, outcomes, (System.nanoTime() - started) / 1e9);
        assertThat(failures).as("seed %d", seed).isEmpty();
        assertThat(malformed).isGreaterThanOrEqualTo(count);
    }

    @Test
    void fuzzedFilesLoadIntoTheGraphWithAnExplainedRejectReport() throws Exception {
        int count = Integer.getInteger("techmatch.fuzz.loader.graph-files", 20);
        GraphConnection graph = TestGraph.shared();
        TestGraph.wipe(graph);
        Path reports = dir.resolve("reports");
        GraphLoader loader = new GraphLoader(graph, new LoaderSettings(25, reports, false));
        // smaller huge fields here: each file is a real load with its derived structure recomputed
        LoaderFuzzInputs inputs = new LoaderFuzzInputs(seed + 1, dir.resolve("graph"), 200_000);
        List<String> failures = new ArrayList<>();
        int malformed = 0;
        long rejected = 0;
        long started = System.nanoTime();
        for (int i = 0; i < count && failures.size() < 10; i++) {
            LoaderFuzzInputs.FuzzFile f = inputs.next();
            malformed += f.malformedRows();
            LoadSummary summary;
            try {
                summary = loader.load(f.source(), List.of(f.path()));
            } catch (LoadException e) {
                if (!f.brokenFile() || !e.getMessage().contains(f.path().toString())) {
                    failures.add(f.path() + " " + f.defects() + ": load refused: " + e.getMessage());
                }
                continue;
            } catch (RuntimeException e) {
                failures.add(f.path() + " " + f.defects() + ": load failed: " + e);
                continue;
            }
            rejected += summary.rejected();
            long reportLines = 0;
            for (Path report : summary.rejectReports()) {
                List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
                assertThat(lines.get(0)).isEqualTo("file\tline\tfield\treason");
                for (String line : lines.subList(1, lines.size())) {
                    reportLines++;
                    String[] cells = line.split("\t", -1);
                    if (cells.length != 4 || !cells[0].equals(f.path().toString()) || !cells[1].matches("[1-9]\\d*")
                            || cells[2].isBlank() || cells[3].isBlank()) {
                        failures.add(report + ": unexplained reject line " + line);
                    }
                }
            }
            if (reportLines != summary.rejected()) {
                failures.add(f.path() + ": summary says " + summary.rejected() + " rejected, report has " + reportLines);
            }
        }
        System.out.printf("LOADER FUZZ graph: %d files, %d malformed rows, %d rejected rows, %.1f s%n", count,
                malformed, rejected, (System.nanoTime() - started) / 1e9);
        assertThat(failures).as("seed %d", seed + 1).isEmpty();
        // nothing injected through ids ran as Cypher: the schema bookkeeping is still there
        assertThat(TestGraph.count(graph, "MATCH (m:SchemaMigration) RETURN count(m)", Map.of())).isPositive();
    }

    private SourceReader reader(SourceType source) {
        return switch (source) {
            case CANONICAL -> new CanonicalReader(context);
            case PATENTS -> new PatentReader(context);
            case TECHMARKET -> new TechmarketReader(context);
            case REFERENCE -> throw new IllegalArgumentException("not fuzzed");
        };
    }

    private static void delete(Path file) {
        TestGraph.deleteRecursively(file.getParent());
    }
}
