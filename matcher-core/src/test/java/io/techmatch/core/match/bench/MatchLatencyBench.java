package io.techmatch.core.match.bench;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphSettings;
import io.techmatch.core.graph.TestGraph;
import io.techmatch.core.match.ExplainedMatch;
import io.techmatch.core.match.Matcher;
import io.techmatch.core.match.MatchOptions;
import io.techmatch.core.match.MatchResult;
import io.techmatch.core.match.MatchSettings;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.IndexSettings;
import io.techmatch.core.search.RetrievalMode;
import io.techmatch.core.search.SearchQuery;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Latency of {@code matchNeedExplained} (top 20 candidates, 3 paths each) against the floor measured in
 * the same run: the raw evidence search alone (query embedding included when dense). Not a test: run with
 * <pre>
 * ./mvnw -B -o -pl matcher-core test-compile
 * java -cp "matcher-core/target/test-classes:matcher-core/target/classes:$(cat cp.txt)" \
 *   io.techmatch.core.match.bench.MatchLatencyBench [orgs] [patents] [needs] [queries] [dense]
 * </pre>
 * (cp.txt from {@code dependency:build-classpath}), or {@code --data DIR [queries] [dense] [pageCache]} on a graph and
 * index that bench/scale-load.sh built. Defaults: 5,000 orgs, 50,000 patents, 200 needs, 200 queries,
 * lexical. The target scale is 100000 1000000. It builds an embedded graph in a temporary directory.
 */
public final class MatchLatencyBench {
    private MatchLatencyBench() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--data")) {
            existing(Path.of(args[1]), arg(args, 2, 200), args.length > 3 && Boolean.parseBoolean(args[3]),
                    args.length > 4 ? args[4] : "2g");
            return;
        }
        int orgs = arg(args, 0, 5_000);
        int patents = arg(args, 1, 50_000);
        int needs = arg(args, 2, 200);
        int queries = arg(args, 3, 200);
        boolean dense = args.length > 4 && Boolean.parseBoolean(args[4]);
        Path dir = TestGraph.newTempDir("techmatch-bench");
        long t0 = System.nanoTime();
        try (GraphConnection graph = GraphConnection.open(GraphSettings.embedded(dir, 0))) {
            new SyntheticGraph(graph).generate(orgs, patents, needs);
            long t1 = System.nanoTime();
            try (EvidenceIndex index = EvidenceIndex.open(IndexSettings.inMemory(dense))) {
                index.rebuildFromGraph(graph);
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "graph: %d orgs, %d patents, %d needs in %.1f s; index in %.1f s%n",
                        orgs, patents, needs, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
                List<String> needIds = java.util.stream.IntStream.range(0, needs).mapToObj(SyntheticGraph::needId).toList();
                measure(graph, index, dense, needIds, queries);
            }
        } finally {
            TestGraph.deleteRecursively(dir);
        }
        System.exit(0); // Bolt's Netty threads are not daemons
    }

    /**
     * The same measurement on a graph and index built elsewhere, e.g. by bench/scale-load.sh:
     * {@code --data DIR [queries] [dense] [pageCache]} opens DIR/neo4j (embedded) and DIR/index, and draws the
     * needs from the graph (ordered by id, so every run asks the same ones; confidential ones are not matched).
     */
    private static void existing(Path dataDir, int queries, boolean dense, String pageCache) {
        GraphSettings settings = new GraphSettings(null, null, null, null,
                new GraphSettings.Embedded(dataDir.resolve("neo4j"), 0, pageCache), null);
        try (GraphConnection graph = GraphConnection.open(settings);
             EvidenceIndex index = EvidenceIndex.open(new IndexSettings(dataDir.resolve("index"), dense, null, null, null))) {
            List<String> needIds;
            try (var s = graph.driver().session(graph.sessionConfig())) {
                needIds = s.run("MATCH (n:Need) WHERE NOT coalesce(n.confidential, false) RETURN n.id AS id ORDER BY id LIMIT $n", java.util.Map.of("n", queries))
                        .list(r -> r.get("id").asString());
            }
            System.out.printf(Locale.ROOT, "graph %s: %d needs drawn; index %d documents%n", dataDir, needIds.size(),
                    index.stats().documents());
            measure(graph, index, dense, needIds, queries);
        }
        System.exit(0);
    }

    private static void measure(GraphConnection graph, EvidenceIndex index, boolean dense, List<String> needIds,
                                int queries) {
        int needs = needIds.size();
        RetrievalMode mode = dense ? RetrievalMode.HYBRID : RetrievalMode.BM25_HANLP;
        Matcher matcher = new Matcher(graph, index, MatchSettings.defaults().withRetrievalMode(mode));
        MatchOptions options = MatchOptions.defaults().withLimit(20);
        // warm-up: JIT, page cache, query plans
        for (int i = 0; i < Math.min(50, needs); i++) {
            matcher.matchNeedExplained(needIds.get(i), options);
        }
        long[] floor = new long[queries];
        long[] match = new long[queries];
        int candidates = 0;
        int paths = 0;
        for (int q = 0; q < queries; q++) {
            String needId = needIds.get(q % needs);
            String text = needText(graph, needId);
            long a = System.nanoTime();
            // the retrieval the matcher runs: same depth and kinds, no snippets (the matcher asks for the page's)
            index.search(new SearchQuery(text, Set.of("Patent", "Achievement", "Project", "Organization"),
                    matcher.settings().retrievalDepth(), mode, false).withoutSnippets());
            long b = System.nanoTime();
            ExplainedMatch explained = matcher.matchNeedExplained(needId, options);
            MatchResult r = explained.result();
            paths += explained.explanations().values().stream().mapToInt(e -> e.paths().size()).sum();
            long c = System.nanoTime();
            candidates += r.candidates().size();
            floor[q] = b - a;
            match[q] = c - b;
        }
        print("floor (raw index search)", floor);
        print("match + explanations", match);
        System.out.printf(Locale.ROOT, "candidates per query %.1f, paths per query %.1f; p95 ratio match/floor %.1f%n",
                candidates / (double) queries, paths / (double) queries,
                percentile(match, 95) / Math.max(1e-9, percentile(floor, 95)));
    }

    private static String needText(GraphConnection graph, String needId) {
        try (var s = graph.driver().session(graph.sessionConfig())) {
            return s.run("MATCH (n:Need {id: $id}) RETURN n.title + '\n' + coalesce(n.body, '') AS t", java.util.Map.of("id", needId))
                    .single().get("t").asString();
        }
    }

    private static void print(String what, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-28s p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms%n", what,
                percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99));
    }

    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }

}
