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
 * exactly the graph a single clean load gives: same counts, same content checksum. The kill points come from a
 * printed seed ({@code -Dtechmatch.kill.seed=}); {@code -Dtechmatch.kill.runs=} sets how many kills (default 3).
 * Each kill lands between 5 % and 60 % of an uninterrupted load's time in a child JVM (measured first) after the
 * child opened its graph: the batches are written in roughly the first half, the derived structure after them, so
 * most kills hit a write batch and some the derived-structure step (the rerun's summary, printed, tells which:
 * "unchanged" > 0 and "created" > 0 means the killed load had written part of the data).
 */
class KillAndRerunIT {
    static Path dir;
    static Path data;
    static String cleanChecksum;
    static String cleanCounts;
    static long cleanLoadMillis;

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
        int runs = Integer.getInteger("techmatch.kill.runs", 3);
        long seed = Long.getLong("techmatch.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        // The kill moments are scaled to an uninterrupted load in a child JVM like the killed ones (a cold JVM loads
        // several times slower than this warm test JVM); that load must give the clean graph too.
        long childLoadMillis = uninterruptedChildLoadMillis();
        System.out.printf("KILL seed=%d runs=%d clean load %d ms in-process, %d ms in a child JVM (rerun with "
                + "-Dtechmatch.kill.seed=%d)%n", seed, runs, cleanLoadMillis, childLoadMillis, seed);
        int killedMidLoad = 0;
        for (int run = 0; run < runs; run++) {
            Path killedDb = dir.resolve("killed-db-" + run);
            long delay = (long) (childLoadMillis * (0.05 + 0.55 * random.nextDouble()));
            Process first = child(killedDb);
            CountDownLatch loading = new CountDownLatch(1);
            List<String> output = drain(first, line -> {
                if (line.equals("LOADING")) {
                    loading.countDown();
                }
            });
            // generous waits only guard against a hung child: on the shared 2-core machine an embedded Neo4j took 95 s
            // to start at a load average of 33
            assertThat(loading.await(900, TimeUnit.SECONDS)).as("child opened its graph: %s", output).isTrue();
            Thread.sleep(delay);
            boolean alive = first.isAlive();
            first.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            killedMidLoad += alive ? 1 : 0;

            Process rerun = child(killedDb);
            List<String> rerunOutput = drain(rerun, line -> { });
            assertThat(rerun.waitFor(1800, TimeUnit.SECONDS)).as("rerun finished: %s", rerunOutput).isTrue();
            assertThat(rerun.exitValue()).as("rerun output: %s", rerunOutput).isZero();
            String summary = find(rerunOutput, "SUMMARY ");
            System.out.printf("KILL run %d: killed %d ms into the load (%s); rerun %s%n", run, delay,
                    alive ? "mid-load" : "after it had finished", summary);
            assertThat(find(rerunOutput, "COUNTS ")).as("run %d, seed %d", run, seed).isEqualTo(cleanCounts);
            assertThat(find(rerunOutput, "CHECKSUM ")).as("run %d, seed %d", run, seed).isEqualTo(cleanChecksum);
            TestGraph.deleteRecursively(killedDb);
        }
        assertThat(killedMidLoad).as("at least one kill landed while the load ran (seed %d)", seed).isPositive();
    }

    private static long uninterruptedChildLoadMillis() throws Exception {
        Path db = dir.resolve("uninterrupted-db");
        Process child = child(db);
        long[] loadingAt = {0};
        List<String> output = drain(child, line -> {
            if (line.equals("LOADING")) {
                loadingAt[0] = System.nanoTime();
            }
        });
        assertThat(child.waitFor(1800, TimeUnit.SECONDS)).as("load finished: %s", output).isTrue();
        long took = (System.nanoTime() - loadingAt[0]) / 1_000_000;
        assertThat(child.exitValue()).as("output: %s", output).isZero();
        assertThat(find(output, "COUNTS ")).isEqualTo(cleanCounts);
        assertThat(find(output, "CHECKSUM ")).isEqualTo(cleanChecksum);
        TestGraph.deleteRecursively(db);
        return took;
    }

    private static Process child(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx768m", "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), RerunMain.class.getName(), db.toString(), data.toString(), "50");
        pb.redirectErrorStream(true);
        pb.environment().remove("NEO4J_URI");
        return pb.start();
    }

    private static List<String> drain(Process p, java.util.function.Consumer<String> onLine) {
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
        return lines;
    }

    private static String find(List<String> lines, String prefix) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + "in " + lines));
        }
    }
}
