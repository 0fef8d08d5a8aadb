package io.techmatch.core.match;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.TestGraph;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.IndexSettings;
import io.techmatch.core.search.RetrievalMode;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import java.util.Set;

/**
 * The matcher's integration-test setup: the synthetic YRD fixture in the shared test graph, the real evidence index
 * rebuilt from it (lexical HanLP BM25: dense retrieval is too slow for a test run) and a Matcher over both.
 */
final class MatchFixture {
    static final String RESOURCE = "/fixtures/match-yrd.cypher";

    final GraphConnection graph;
    final EvidenceIndex index;
    final Matcher matcher;

    private MatchFixture(GraphConnection graph, EvidenceIndex index, Matcher matcher) {
        this.graph = graph;
        this.index = index;
        this.matcher = matcher;
    }

    static MatchFixture load() {
        GraphConnection graph = TestGraph.shared();
        TestGraph.loadFixture(graph, RESOURCE);
        EvidenceIndex index = EvidenceIndex.open(IndexSettings.inMemory(false));
        index.rebuildFromGraph(graph);
        MatchSettings settings = MatchSettings.defaults().withRetrievalMode(RetrievalMode.BM25_HANLP);
        return new MatchFixture(graph, index, new Matcher(graph, index, settings));
    }

    static MatchOptions options(Filters filters, RegionPreference preference, Set<String> preferred, int limit) {
        return new MatchOptions(filters, preference, preferred, 0, limit, false);
    }

    /**
     * For each edge (in order): how many relationships of its type exist from {@code from} to {@code to} exactly as
     * stored. One existence check per edge, sent in one round trip.
     */
    List<Long> edgeCounts(List<ExplanationPath.PathEdge> edges) {
        List<Map<String, Object>> rows = edges.stream()
                .map(e -> Map.<String, Object>of("from", e.from(), "to", e.to(), "type", e.type())).toList();
        try (Session s = graph.driver().session(graph.sessionConfig())) {
            return s.run("UNWIND range(0, size($edges) - 1) AS i WITH i, $edges[i] AS e "
                    + "OPTIONAL MATCH (a {id: e.from})-[r]->(b {id: e.to}) WHERE type(r) = e.type "
                    + "RETURN i, count(r) AS n ORDER BY i", Map.of("edges", rows))
                    .list(r -> r.get("n").asLong());
        }
    }

    void close() {
        index.close();
    }
}
