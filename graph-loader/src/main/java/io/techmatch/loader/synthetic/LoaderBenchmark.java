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
 * {@code --orgs N --patents N --needs N --seed N --batch-size N} (defaults 1000 / 10000 / 100 / 1 / 2000).
 */
public final class LoaderBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LoaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>(Map.of("--orgs", "1000", "--patents", "10000", "--needs", "100",
                "--seed", "1", "--batch-size", "2000"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        int batch = Integer.parseInt(a.get("--batch-size"));
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("techmatch-bench");
        SyntheticGenerator.Result data = new SyntheticGenerator(new SyntheticSpec(Integer.parseInt(a.get("--orgs")),
                Integer.parseInt(a.get("--patents")), Integer.parseInt(a.get("--needs")), Long.parseLong(a.get("--seed"))))
                .write(work.resolve("data"));
        double generated = seconds(start);

        // Only the writing is timed: starting and stopping each embedded DBMS is left out of both figures.
        LoadSummary summary;
        double loaderSeconds;
        try (GraphConnection graph = GraphConnection.open(GraphSettings.embedded(work.resolve("db-loader"), 0))) {
            long t0 = System.nanoTime();
            summary = new GraphLoader(graph, new LoaderSettings(batch, work, false))
                    .load(SourceType.CANONICAL, List.of(work.resolve("data")));
            loaderSeconds = seconds(t0);
        }

        long rawRows;
        double rawSeconds;
        try (GraphConnection graph = GraphConnection.open(GraphSettings.embedded(work.resolve("db-raw"), 0))) {
            long t1 = System.nanoTime();
            rawRows = raw(graph, data.files(), batch);
            rawSeconds = seconds(t1);
        }

        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double loaderRate = data.rows() / loaderSeconds;
        double rawRate = rawRows / rawSeconds;
        System.out.printf("dataset: %s, generated in %.1f s%n", data, generated);
        System.out.printf("loader (validate, resolve, MERGE, hash, derive): %,d rows in %.1f s = %,.0f rows/s (%s)%n",
                data.rows(), loaderSeconds, loaderRate, summary);
        System.out.printf("raw UNWIND ... CREATE of the same rows:           %,d rows in %.1f s = %,.0f rows/s%n",
                rawRows, rawSeconds, rawRate);
        System.out.printf("loader / raw = %.2f (target >= 0.5); peak heap %,d MB; total %.1f s%n",
                loaderRate / rawRate, peakHeap >> 20, seconds(start));
        deleteQuietly(work);
        System.exit(0);
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
