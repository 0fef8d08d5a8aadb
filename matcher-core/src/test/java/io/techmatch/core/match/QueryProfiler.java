package io.techmatch.core.match;

import io.techmatch.core.graph.CypherResource;
import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphSettings;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.IndexSettings;
import io.techmatch.core.search.RetrievalMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Not a test: PROFILEs the matcher's graph reads for one need of a graph built by bench/scale-load.sh and prints
 * each query's time, rows and database hits per operator, to find what a match spends its time on.
 * {@code QueryProfiler DATA_DIR [needId]}.
 */
public final class QueryProfiler {
    private QueryProfiler() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        GraphSettings settings = new GraphSettings(null, null, null, null,
                new GraphSettings.Embedded(data.resolve("neo4j"), 0, "2g"), null);
        try (GraphConnection graph = GraphConnection.open(settings);
             EvidenceIndex index = EvidenceIndex.open(new IndexSettings(data.resolve("index"), false, null, null, null))) {
            String needId = args.length > 1 ? args[1] : first(graph);
            Matcher matcher = new Matcher(graph, index, MatchSettings.defaults().withRetrievalMode(RetrievalMode.BM25_HANLP));
            MatchResult r = matcher.matchNeed(needId, MatchOptions.defaults().withLimit(100));
            List<String> ids = r.candidates().stream().map(Candidate::orgId).toList();
            Map<String, List<String>> evidence = new LinkedHashMap<>();
            r.candidates().forEach(c -> evidence.put(c.orgId(), c.evidence().stream().map(EvidenceRef::id).toList()));
            String demander;
            try (Session s = graph.driver().session(graph.sessionConfig())) {
                demander = s.run("MATCH (d:Organization)-[:POSTED]->(:Need {id: $id}) RETURN d.id AS id LIMIT 1",
                        Map.of("id", needId)).single().get("id").asString();
            }
            System.out.println("need " + needId + ", demander " + demander + ", " + ids.size() + " candidates");
            for (int round = 0; round < 2; round++) { // the second round runs on warm caches and plans
                System.out.println("--- round " + round);
                profile(graph, "orgs", Map.of("orgIds", ids));
                profile(graph, "org-activity", Map.of("orgIds", ids, "codes", List.of("H02K"), "industryIds", List.of()));
                var n = new GraphReader(graph).read("demander-neighbours", Map.of("demanderId", demander)).get(0);
                List<String> neighbours = n.get("ids").asList(org.neo4j.driver.Value::asString);
                profile(graph, "demander-neighbours", Map.of("demanderId", demander));
                profile(graph, "collaboration", Map.of("orgIds", ids, "neighbours", neighbours, "demanderId", demander,
                        "neighbourDegrees", n.get("degrees").asList(org.neo4j.driver.Value::asLong).stream().mapToLong(Long::longValue).sum()));
                profile(graph, "expand-collaborators", Map.of("orgIds", ids.subList(0, Math.min(10, ids.size())), "limit", 30));
                var en = new GraphReader(graph).read("explain-neighbours", Map.of("needId", needId)).get(0);
                profile(graph, "explain", Map.of("needId", needId, "orgIds", ids.subList(0, Math.min(20, ids.size())),
                        "evidence", evidence, "neighbourKeys", en.get("keys"), "neighbours", en.get("ids"),
                        "neighbourDegrees", en.get("degrees")));
            }
        }
        System.exit(0);
    }

    private static String first(GraphConnection graph) {
        try (Session s = graph.driver().session(graph.sessionConfig())) {
            return s.run("MATCH (n:Need) RETURN n.id AS id ORDER BY id LIMIT 1").single().get("id").asString();
        }
    }

    private static void profile(GraphConnection graph, String query, Map<String, Object> params) {
        String cypher = "PROFILE " + CypherResource.load("/cypher/match/" + query + ".cypher");
        long start = System.nanoTime();
        try (Session s = graph.driver().session(graph.sessionConfig())) {
            var result = s.run(cypher, params);
            int rows = result.list().size();
            ResultSummary summary = result.consume();
            System.out.printf("%s: %d rows, %d ms, %d db hits%n", query, rows, (System.nanoTime() - start) / 1_000_000,
                    total(summary.profile()));
            List<String> lines = new ArrayList<>();
            print(summary.profile(), 1, lines);
            lines.forEach(System.out::println);
        }
    }

    private static long total(ProfiledPlan p) {
        long sum = p.dbHits();
        for (ProfiledPlan c : p.children()) {
            sum += total(c);
        }
        return sum;
    }

    private static void print(ProfiledPlan p, int depth, List<String> out) {
        out.add("  ".repeat(depth) + p.operatorType() + " rows=" + p.records() + " hits=" + p.dbHits()
                + " " + p.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL).toString().replace("\n", " "));
        for (ProfiledPlan c : p.children()) {
            print(c, depth + 1, out);
        }
    }
}
