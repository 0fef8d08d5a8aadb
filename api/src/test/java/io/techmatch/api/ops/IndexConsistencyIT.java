package io.techmatch.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.api.ApiIT;
import io.techmatch.api.index.EvidenceIndexService;
import io.techmatch.core.graph.GraphModel;
import io.techmatch.core.graph.TestGraph;
import io.techmatch.core.search.EvidenceHit;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.IndexSettings;
import io.techmatch.core.search.RetrievalMode;
import io.techmatch.core.search.SearchQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The evidence index on disk after a restart: when the graph changed while the service was down (nodes deleted and
 * others added, so the total stays the same), or the index lost documents (as a partly written index would), the
 * start-up check ({@link EvidenceIndexService#ensureConsistent}, what the application runs before serving) finds it
 * stale and rebuilds it to match the graph, kind by kind.
 */
class IndexConsistencyIT extends ApiIT {
    private final Path dir = TestGraph.newTempDir("index-consistency-it");

    @AfterEach
    void cleanUp() {
        TestGraph.deleteRecursively(dir);
    }

    private EvidenceIndex open() {
        return EvidenceIndex.open(new IndexSettings(dir.resolve("index"), false, null, null, null));
    }

    private Map<String, Long> graphCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String label : GraphModel.Label.TEXT_BEARING) {
            counts.put(label, count("MATCH (n:`" + label + "`) RETURN count(n)", Map.of()));
        }
        return counts;
    }

    private static Map<String, Long> indexCounts(EvidenceIndex index) {
        Map<String, Long> counts = new TreeMap<>();
        GraphModel.Label.TEXT_BEARING.forEach(kind -> counts.put(kind,
                index.stats().documentsByKind().getOrDefault(kind, 0L)));
        return counts;
    }

    private static List<String> ids(EvidenceIndex index, String text) {
        return index.search(SearchQuery.of(text, 10, RetrievalMode.BM25_HANLP)).stream().map(EvidenceHit::id).toList();
    }

    @Test
    void aGraphChangedWhileTheServiceWasDownIsDetectedAndTheIndexRebuilt() {
        try (EvidenceIndex index = open()) {
            new EvidenceIndexService(index, graph).ensureConsistent(false);
            assertThat(indexCounts(index)).isEqualTo(graphCounts());
            assertThat(ids(index, "电池回收")).contains("NEED-CLOSED");
        }
        // behind the index's back: one need gone, one patent new; the number of text-bearing nodes is unchanged
        long before = graphCounts().values().stream().mapToLong(Long::longValue).sum();
        run("MATCH (n:Need {id: 'NEED-CLOSED'}) DETACH DELETE n", Map.of());
        run("CREATE (:Patent {id: 'CN000777A', title: '一种石墨烯散热膜', year: 2024})", Map.of());
        assertThat(graphCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(before);

        try (EvidenceIndex restarted = open()) {
            assertThat(indexCounts(restarted)).as("stale before the check").isNotEqualTo(graphCounts());
            EvidenceIndexService service = new EvidenceIndexService(restarted, graph);
            service.ensureConsistent(false);
            assertThat(service.details().get("lastBuild")).asString().doesNotContain("not rebuilt");
            assertThat(indexCounts(restarted)).isEqualTo(graphCounts());
            assertThat(ids(restarted, "石墨烯散热膜")).contains("CN000777A");
            assertThat(ids(restarted, "电池回收")).doesNotContain("NEED-CLOSED");
        }
    }

    @Test
    void anIndexMissingDocumentsIsRebuiltAtStartAndAConsistentOneLeftAlone() {
        try (EvidenceIndex index = open()) {
            new EvidenceIndexService(index, graph).ensureConsistent(false);
            index.delete(List.of("NEED-PUB", "CN000001A", "ORG-U"));
        }
        try (EvidenceIndex restarted = open()) {
            EvidenceIndexService service = new EvidenceIndexService(restarted, graph);
            service.ensureConsistent(false);
            assertThat(indexCounts(restarted)).isEqualTo(graphCounts());
            assertThat(ids(restarted, "隔膜涂覆")).contains("NEED-PUB");
        }
        try (EvidenceIndex again = open()) {
            EvidenceIndexService service = new EvidenceIndexService(again, graph);
            service.ensureConsistent(false);
            assertThat(service.details().get("lastBuild")).isEqualTo("not rebuilt since start");
        }
    }
}
