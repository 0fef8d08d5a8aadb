package io.techmatch.core.match;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.TestGraph;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.IndexSettings;
import io.techmatch.core.search.RetrievalMode;
import java.util.Map;
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

    /** True when an edge of this type exists from {@code from} to {@code to} exactly as stored. */
    boolean edgeExists(ExplanationPath.PathEdge e) {
        return TestGraph.count(graph, "MATCH (a {id: $from})-[r]->(b {id: $to}) WHERE type(r) = $type RETURN count(r)",
                Map.of("from", e.from(), "to", e.to(), "type", e.type())) > 0;
    }

    void close() {
        index.close();
    }
}
