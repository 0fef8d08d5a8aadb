package io.techmatch.loader.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.core.graph.CypherResource;
import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphSettings;
import io.techmatch.loader.GraphLoader;
import io.techmatch.loader.LoadSummary;
import io.techmatch.loader.LoaderSettings;
import io.techmatch.loader.SourceType;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Session;

/**
 * The loader benchmark (a main class, not a test): generates a synthetic dataset, loads it with the full loader
 * into a fresh embedded graph, then writes the same rows with a bare {@code UNWIND … CREATE} into another fresh
 * embedded graph, and prints rows/s for both, their ratio, peak heap and total time. Arguments:
 * {@code --orgs N --patents N --needs N --seed N --batch-size N --rounds N} (defaults 1000 / 10000 / 100 / 1 / 2000 / 1).
 */
public final class LoaderBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LoaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>(Map.of("--orgs", "1000", "--patents", "10000", "--needs", "100",
                "--seed", "1", "--batch-size", "2000", "--rounds", "1"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        int batch = Integer.parseInt(a.get("--batch-size"));
        SyntheticSpec spec = new SyntheticSpec(Integer.parseInt(a.get("--orgs")), Integer.parseInt(a.get("--patents")),
                Integer.parseInt(a.get("--needs")), Long.parseLong(a.get("--seed")));
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("techmatch-bench");

        // Warm-up, untimed: both paths load a small dataset once, so neither timed run pays for class loading,
        // JIT compilation and Cypher planning that the other one then reuses (whichever ran second used to win).
        SyntheticGenerator.Result warm = new SyntheticGenerator(new SyntheticSpec(Math.max(10, spec.orgs() / 50),
                Math.max(100, spec.patents() / 50), Math.max(1, spec.needs() / 50), spec.seed() + 1)).write(work.resolve("warm"));
        loader(work.resolve("warm"), work.resolve("db-warm-loader"), batch, work);
        raw(work.resolve("db-warm-raw"), warm.files(), batch);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        long t = System.nanoTime();
        SyntheticGenerator.Result data = new SyntheticGenerator(spec).write(work.resolve("data"));
        double generated = seconds(t);
        // Rounds alternate the order (loader, raw; raw, loader; ...), so a load on the shared machine that rises or
        // falls during the run weighs on both paths alike; the ratio is of the summed times.
        int rounds = Integer.parseInt(a.get("--rounds"));
        LoadSummary summary = null;
        long loaderDisk = 0;
        long rawDisk = 0;
        long rawRows = 0;
        double loaderSeconds = 0;
        double rawSeconds = 0;
        double derivationSeconds = 0;
        for (int round = 0; round < rounds; round++) {
            for (boolean loaderTurn : round % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                Path db = work.resolve((loaderTurn ? "db-loader-" : "db-raw-") + round);
                if (loaderTurn) {
                    Timed<LoadSummary> loaded = loader(work.resolve("data"), db, batch, work);
                    summary = loaded.value();
                    loaderSeconds += loaded.seconds();
                    derivationSeconds += summary.derivation().toMillis() / 1000.0;
                    loaderDisk = diskUse(db);
                    System.out.printf("round %d loader: %.1f s (derivation %.1f s), load average %.2f%n", round + 1,
                            loaded.seconds(), summary.derivation().toMillis() / 1000.0, loadAverage());
                } else {
                    Timed<Long> rawRun = raw(db, data.files(), batch);
                    rawRows = rawRun.value();
                    rawSeconds += rawRun.seconds();
                    rawDisk = diskUse(db);
                    System.out.printf("round %d raw:    %.1f s, load average %.2f%n", round + 1, rawRun.seconds(), loadAverage());
                }
                deleteQuietly(db);
            }
        }

        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double loaderRate = data.rows() * (double) rounds / loaderSeconds;
        double rawRate = rawRows * (double) rounds / rawSeconds;
        System.out.printf("dataset: %s, generated in %.1f s%n", data, generated);
        System.out.printf("loader (validate, resolve, MERGE, hash, derive): %,d rows x %d in %.1f s = %,.0f rows/s (%s)%n",
                data.rows(), rounds, loaderSeconds, loaderRate, summary);
        System.out.printf("raw UNWIND ... CREATE of the same rows:           %,d rows x %d in %.1f s = %,.0f rows/s%n",
                rawRows, rounds, rawSeconds, rawRate);
        System.out.printf("loader / raw = %.2f (target >= 0.5); loader derivation %.1f s of %.1f s; peak heap %,d MB; "
                        + "disk: loader graph %,d MB, raw graph %,d MB; total %.1f s; load average %.2f%n",
                loaderRate / rawRate, derivationSeconds, loaderSeconds, peakHeap >> 20, loaderDisk >> 20,
                rawDisk >> 20, seconds(start), loadAverage());
        deleteQuietly(work);
        System.exit(0);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private record Timed<T>(T value, double seconds) {
    }

    /** The full loader into a fresh embedded graph; only the load is timed, not starting or stopping the DBMS. */
    private static Timed<LoadSummary> loader(Path data, Path db, int batch, Path rejects) {
        try (GraphConnection graph = GraphConnection.open(GraphSettings.embedded(db, 0))) {
            long t0 = System.nanoTime();
            LoadSummary summary = new GraphLoader(graph, new LoaderSettings(batch, rejects, false))
                    .load(SourceType.CANONICAL, List.of(data));
            return new Timed<>(summary, seconds(t0));
        }
    }

    private static Timed<Long> raw(Path db, List<Path> files, int batch) throws Exception {
        try (GraphConnection graph = GraphConnection.open(GraphSettings.embedded(db, 0))) {
            long t0 = System.nanoTime();
            long rows = raw(graph, files, batch);
            return new Timed<>(rows, seconds(t0));
        }
    }

    private static long diskUse(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Writes the canonical rows with bare CREATEs, same batch size; IPC targets are created once first. */
    static long raw(GraphConnection graph, List<Path> files, int batch) throws Exception {
        Map<String, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> rels = new LinkedHashMap<>();
        Set<String> ipc = new LinkedHashSet<>();
        long rows = 0;
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            for (Path file : files) {
                try (BufferedReader in = Files.newBufferedReader(file)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> row = JSON.readValue(line, Map.class);
                        rows++;
                        if (row.containsKey("label")) {
                            String label = (String) row.remove("label");
                            add(session, nodes, label, row, batch, true);
                        } else {
                            String type = (String) row.remove("rel");
                            String from = (String) row.getOrDefault("fromLabel", type.equals("APPLIED_FOR") || type.equals("POSTED") ? "Organization" : "Patent");
                            row.remove("fromLabel");
                            String to = type.equals("APPLIED_FOR") ? "Patent" : type.equals("POSTED") ? "Need" : "IpcClass";
                            if (to.equals("IpcClass") && ipc.add((String) row.get("to"))) {
                                add(session, nodes, "IpcClass", Map.of("id", row.get("to"), "code", row.get("to")), batch, true);
                            }
                            Map<String, Object> props = new HashMap<>(row);
                            props.remove("from");
                            props.remove("to");
                            List<Map<String, Object>> buffer = rels.computeIfAbsent(type + "|" + from + "|" + to, k -> new ArrayList<>());
                            buffer.add(Map.of("from", row.get("from"), "to", row.get("to"), "props", props));
                            if (buffer.size() >= batch) {
                                // as in the loader: nodes first, so relationships find their ends
                                nodes.forEach((k, v) -> {
                                    write(session, k, v, true);
                                    v.clear();
                                });
                                write(session, type + "|" + from + "|" + to, buffer, false);
                                buffer.clear();
                            }
                        }
                    }
                }
            }
            nodes.forEach((k, v) -> write(session, k, v, true));
            nodes.clear();
            rels.forEach((k, v) -> write(session, k, v, false));
        }
        return rows;
    }

    private static void add(Session session, Map<String, List<Map<String, Object>>> buffers, String key,
                            Map<String, Object> row, int batch, boolean node) {
        List<Map<String, Object>> buffer = buffers.computeIfAbsent(key, k -> new ArrayList<>());
        buffer.add(row);
        if (buffer.size() >= batch) {
            write(session, key, buffer, node);
            buffer.clear();
        }
    }

    private static void write(Session session, String key, List<Map<String, Object>> rows, boolean node) {
        if (rows.isEmpty()) {
            return;
        }
        String cypher;
        if (node) {
            cypher = CypherResource.load("/cypher/bench/raw-create-nodes.cypher").replace("__LABEL__", "`" + key + "`");
        } else {
            String[] k = key.split("\\|");
            cypher = CypherResource.load("/cypher/bench/raw-create-rels.cypher").replace("__TYPE__", "`" + k[0] + "`")
                    .replace("__FROM__", "`" + k[1] + "`").replace("__TO__", "`" + k[2] + "`");
        }
        List<Map<String, Object>> copy = List.copyOf(rows);
        session.executeWrite(tx -> tx.run(cypher, Map.of("rows", copy)).consume());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // temp files only
        }
    }
}
