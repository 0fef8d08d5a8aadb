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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A load killed part-way (the child JVM is destroyed forcibly after it has written batches) and run again ends with
 * exactly the graph a single clean load gives: same counts, same content checksum.
 */
class KillAndRerunIT {
    static Path dir;
    static Path data;

    @BeforeAll
    static void generate() throws Exception {
        dir = TestGraph.newTempDir("kill-rerun-it");
        data = dir.resolve("data");
        new SyntheticGenerator(new SyntheticSpec(150, 2000, 30, 7)).write(data);
    }

    @AfterAll
    static void cleanUp() {
        TestGraph.deleteRecursively(dir);
    }

    @Test
    void aKilledLoadRerunEqualsACleanLoad() throws Exception {
        Path killedDb = dir.resolve("killed-db");
        Process first = child(killedDb);
        CountDownLatch writing = new CountDownLatch(1);
        List<String> output = drain(first, line -> {
            if (line.contains("Read ") && line.contains("01-organizations.jsonl")) {
                writing.countDown(); // organizations are written; patents are being read and written now
            }
        });
        // The waits below only guard against a hung child; they are generous because the shared 2-core machine
        // can be loaded far beyond its cores (an embedded Neo4j took 95 s to start at a load average of 33).
        assertThat(writing.await(900, TimeUnit.SECONDS)).as("child started writing: %s", output).isTrue();
        Thread.sleep(500);
        assertThat(first.isAlive()).as("the load must still be running when killed").isTrue();
        first.destroyForcibly().waitFor(60, TimeUnit.SECONDS);

        Process rerun = child(killedDb);
        List<String> rerunOutput = drain(rerun, line -> { });
        assertThat(rerun.waitFor(1800, TimeUnit.SECONDS)).as("rerun finished: %s", rerunOutput).isTrue();
        assertThat(rerun.exitValue()).as("rerun output: %s", rerunOutput).isZero();
        String summary = find(rerunOutput, "SUMMARY ");
        assertThat(Long.parseLong(summary.replaceAll(".*unchanged=(\\d+).*", "$1")))
                .as("the killed run had written part of the data").isPositive();

        GraphConnection graph = TestGraph.shared();
        TestGraph.wipe(graph);
        GraphLoader clean = new GraphLoader(graph, new LoaderSettings(50, dir, false));
        clean.load(SourceType.CANONICAL, List.of(data));

        assertThat(find(rerunOutput, "COUNTS ")).isEqualTo(GraphChecksum.counts(clean).toString());
        assertThat(find(rerunOutput, "CHECKSUM ")).isEqualTo(GraphChecksum.of(graph));
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
