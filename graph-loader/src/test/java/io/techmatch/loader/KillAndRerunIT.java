package io.techmatch.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.graph.GraphConnection;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A load killed with SIGKILL ({@code destroyForcibly}) in a child JVM at a random point, then run again, ends with
 * exactly the graph a single clean load gives: same counts, same content checksum. The kill point is defined by
 * progress, not time: the child logs a line per committed batch (write and derivation batches alike), and the test
 * kills it as soon as it has seen the k-th of them, k drawn from a printed seed ({@code -Dtechmatch.kill.seed=})
 * between 1 and the number of batches of an uninterrupted load in a child JVM minus one (measured first, and itself
 * checked against the clean load). So every kill lands in the middle of the load, whatever the machine's load
 * average. {@code -Dtechmatch.kill.runs=} sets how many kills (default 2).
 */
class KillAndRerunIT {
    static Path dir;
    static Path data;
    static String cleanChecksum;
    static String cleanCounts;
    static long cleanLoadMillis;
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
        clean.load(SourceType.CANONICAL, List.of(data));
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
        // An uninterrupted load in a child JVM like the killed ones counts the batches (and must give the clean graph)
        int batches = uninterruptedChildLoadBatches();
        assertThat(batches).as("committed batches of an uninterrupted load").isGreaterThan(2);
        System.out.printf("KILL seed=%d runs=%d clean load %d ms in-process; %d committed batches in a child JVM "
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

            Process rerun = child(killedDb);
            Output rerunning = drain(rerun, line -> { });
            assertThat(rerun.waitFor(1800, TimeUnit.SECONDS)).as("rerun finished: %s", rerunning.lines()).isTrue();
            List<String> rerunOutput = rerunning.complete();
            assertThat(rerun.exitValue()).as("rerun output: %s", rerunOutput).isZero();
            String summary = find(rerunOutput, "SUMMARY ");
            System.out.printf("KILL run %d: killed after batch %d of %d (%s; last line seen: %s); rerun %s%n", run, k,
                    batches, midLoad ? "mid-load" : "it had finished", lastSeen, summary);
            assertThat(find(rerunOutput, "COUNTS ")).as("run %d, seed %d", run, seed).isEqualTo(cleanCounts);
            assertThat(find(rerunOutput, "CHECKSUM ")).as("run %d, seed %d", run, seed).isEqualTo(cleanChecksum);
            TestGraph.deleteRecursively(killedDb);
        }
        assertThat(killedMidLoad).as("kills that landed while the load ran (seed %d)", seed).isPositive();
    }

    private static int uninterruptedChildLoadBatches() throws Exception {
        Path db = dir.resolve("uninterrupted-db");
        Process child = child(db);
        Output running = drain(child, line -> { });
        assertThat(child.waitFor(1800, TimeUnit.SECONDS)).as("load finished: %s", running.lines()).isTrue();
        List<String> output = running.complete();
        assertThat(child.exitValue()).as("output: %s", output).isZero();
        assertThat(find(output, "COUNTS ")).isEqualTo(cleanCounts);
        assertThat(find(output, "CHECKSUM ")).isEqualTo(cleanChecksum);
        TestGraph.deleteRecursively(db);
        synchronized (output) {
            return (int) output.stream().filter(l -> l.contains(COMMITTED)).count();
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
