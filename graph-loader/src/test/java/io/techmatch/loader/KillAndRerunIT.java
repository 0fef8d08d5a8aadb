package io.techmatch.loader;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphSettings;
import io.techmatch.core.graph.TestGraph;
import io.techmatch.loader.synthetic.SyntheticGenerator;
import io.techmatch.loader.synthetic.SyntheticSpec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A load killed with SIGKILL ({@code destroyForcibly}) in a child JVM at a random point, then run again, ends with
 * exactly the graph a single clean load gives: same counts, same content checksum. The kill point is defined by
 * progress, not time: the child logs a line per committed batch (write and derivation batches alike), and the test
 * kills it as soon as it has seen the k-th of them, k drawn from a printed seed ({@code -Dtechmatch.kill.seed=})
 * between 1 and the number of batches of the clean load minus one (counted from the same lines, in this JVM). So every
 * kill lands in the middle of the load, whatever the machine's load average. The rerun, an ordinary load into the
 * killed graph, runs in this JVM. {@code -Dtechmatch.kill.runs=} sets how many kills (default 2).
 */
class KillAndRerunIT {
    static Path dir;
    static Path data;
    static String cleanChecksum;
    static String cleanCounts;
    static long cleanLoadMillis;
    static int cleanBatches;
    /** The child's line per committed batch (BatchWriter and Derived log it at DEBUG; RerunMain turns it on). */
    static final String COMMITTED = "Committed batch ";

    @BeforeAll
    static void generateAndLoadCleanly() throws Exception {
        dir = TestGraph.newTempDir("kill-rerun-it");
        data = dir.resolve("data");
        new SyntheticGenerator(new SyntheticSpec(150, 2000, 30, 7)).write(data);
        GraphConnection graph = TestGraph.shared();
        TestGraph.wipe(graph);
        GraphLoader clean = new GraphLoader(graph, new LoaderSettings(50, dir, false));
        long started = System.nanoTime();
        try (CommittedBatches committed = CommittedBatches.listen()) {
            clean.load(SourceType.CANONICAL, List.of(data));
            cleanBatches = committed.count();
        }
        cleanLoadMillis = (System.nanoTime() - started) / 1_000_000;
        cleanChecksum = GraphChecksum.of(graph);
        cleanCounts = GraphChecksum.counts(clean).toString();
    }

    @AfterAll
    static void cleanUp() {
        TestGraph.deleteRecursively(dir);
    }

    @Test
    void loadsKilledAtRandomPointsRerunToTheGraphOfACleanLoad() throws Exception {
        int runs = Integer.getInteger("techmatch.kill.runs", 2);
        long seed = Long.getLong("techmatch.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        // the clean load's batches: the same data and batch size commit the same batches in the child
        int batches = cleanBatches;
        assertThat(batches).as("committed batches of an uninterrupted load").isGreaterThan(2);
        System.out.printf("KILL seed=%d runs=%d clean load %d ms in-process, %d committed batches "
                + "(rerun with -Dtechmatch.kill.seed=%d)%n", seed, runs, cleanLoadMillis, batches, seed);
        int killedMidLoad = 0;
        for (int run = 0; run < runs; run++) {
            Path killedDb = dir.resolve("killed-db-" + run);
            int k = 1 + random.nextInt(batches - 1);
            Process first = child(killedDb);
            CountDownLatch committed = new CountDownLatch(k);
            Output killed = drain(first, line -> {
                if (line.contains(COMMITTED)) {
                    committed.countDown();
                }
            });
            // generous waits only guard against a hung child: on the shared 2-core machine an embedded Neo4j took 95 s
            // to start at a load average of 33
            assertThat(committed.await(900, TimeUnit.SECONDS)).as("child committed %d batches: %s", k, killed.lines())
                    .isTrue();
            first.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            List<String> output = killed.complete();
            String lastSeen = last(output, COMMITTED);
            // the kill follows the k-th line within milliseconds, and at least one batch is left after it, so the
            // load has not finished; a child that printed its summary anyway would make the run check nothing new
            boolean midLoad = find(output, "SUMMARY ", null) == null;
            killedMidLoad += midLoad ? 1 : 0;

            // the rerun is an ordinary load of the same files into the killed graph (recovered at open); it runs in
            // this JVM, since only the kill needs a process of its own
            Rerun rerun = rerunInProcess(killedDb);
            System.out.printf("KILL run %d: killed after batch %d of %d (%s; last line seen: %s); rerun %s%n", run, k,
                    batches, midLoad ? "mid-load" : "it had finished", lastSeen, rerun.summary());
            assertThat(rerun.counts()).as("run %d, seed %d", run, seed).isEqualTo(cleanCounts);
            assertThat(rerun.checksum()).as("run %d, seed %d", run, seed).isEqualTo(cleanChecksum);
            TestGraph.deleteRecursively(killedDb);
        }
        assertThat(killedMidLoad).as("kills that landed while the load ran (seed %d)", seed).isPositive();
    }

    private record Rerun(String summary, String checksum, String counts) {
    }

    private static Rerun rerunInProcess(Path db) {
        try (GraphConnection graph = GraphConnection.open(GraphSettings.embedded(db, 0))) {
            GraphLoader loader = new GraphLoader(graph, new LoaderSettings(50, db.getParent(), false));
            LoadSummary summary = loader.load(SourceType.CANONICAL, List.of(data));
            return new Rerun("unchanged=" + summary.unchanged() + " created=" + summary.created() + " updated="
                    + summary.updated(), GraphChecksum.of(graph), GraphChecksum.counts(loader).toString());
        }
    }

    /** Counts the loader's line per committed batch (write and derivation batches, at DEBUG) while it listens. */
    private static final class CommittedBatches extends AppenderBase<ILoggingEvent> implements AutoCloseable {
        private final List<Logger> loggers = new ArrayList<>();
        private final List<Level> levels = new ArrayList<>();
        private final AtomicInteger count = new AtomicInteger();

        static CommittedBatches listen() {
            CommittedBatches appender = new CommittedBatches();
            appender.start();
            for (Class<?> source : new Class<?>[] {BatchWriter.class, Derived.class}) {
                Logger logger = (Logger) LoggerFactory.getLogger(source);
                appender.loggers.add(logger);
                appender.levels.add(logger.getLevel());
                logger.setLevel(Level.DEBUG);
                logger.setAdditive(false); // counted, not printed: 135 lines of noise in the build log
                logger.addAppender(appender);
            }
            return appender;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getFormattedMessage().startsWith(COMMITTED)) {
                count.incrementAndGet();
            }
        }

        int count() {
            return count.get();
        }

        @Override
        public void close() {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).detachAppender(this);
                loggers.get(i).setLevel(levels.get(i));
                loggers.get(i).setAdditive(true);
            }
            stop();
        }
    }

    private static Process child(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx768m", "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), RerunMain.class.getName(), db.toString(), data.toString(), "50");
        pb.redirectErrorStream(true);
        pb.environment().remove("NEO4J_URI");
        return pb.start();
    }

    /** A child's output lines as they come, read by their own thread. */
    private record Output(List<String> lines, Thread reader) {
        /** All of it, once the child has ended. */
        List<String> complete() throws InterruptedException {
            reader.join(60_000);
            return lines;
        }
    }

    private static Output drain(Process p, java.util.function.Consumer<String> onLine) {
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                    onLine.accept(line);
                }
            } catch (java.io.IOException e) {
                // the process was killed
            }
        }, "child-output");
        t.setDaemon(true);
        t.start();
        return new Output(lines, t);
    }

    private static String find(List<String> lines, String prefix) {
        String found = find(lines, prefix, null);
        if (found == null) {
            throw new AssertionError("no " + prefix + "in " + lines);
        }
        return found;
    }

    private static String find(List<String> lines, String prefix, String otherwise) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                    .findFirst().orElse(otherwise);
        }
    }

    private static String last(List<String> lines, String containing) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.contains(containing)).reduce((a, b) -> b).orElse("none");
        }
    }
}
