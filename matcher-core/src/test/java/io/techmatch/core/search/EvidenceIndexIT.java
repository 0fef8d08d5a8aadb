package io.techmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.TestGraph;
import io.techmatch.core.text.TextBootstrap;
import io.techmatch.core.text.TextSettings;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/** The evidence index rebuilt from, and refreshed against, a real graph. */
class EvidenceIndexIT {
    private static GraphConnection graph;

    @BeforeAll
    static void start() {
        TextBootstrap.init(TextSettings.defaults());
        graph = TestGraph.shared();
    }

    @BeforeEach
    void fixture() {
        TestGraph.loadFixture(graph, "/search/evidence-fixture.cypher");
    }

    @Test
    void rebuildReadsEveryTextBearingNodeWithItsRelations() {
        try (EvidenceIndex index = EvidenceIndex.open(IndexSettings.inMemory(false))) {
            index.upsert(List.of(EvidenceIndexTest.doc("OLD", "Patent", "旧文档", "图中已没有它")));
            IndexStats stats = index.rebuildFromGraph(graph);
            assertThat(stats.documents()).isEqualTo(6);
            assertThat(stats.documentsByKind()).containsEntry("Patent", 1L).containsEntry("Achievement", 1L)
                    .containsEntry("Need", 1L).containsEntry("Project", 1L).containsEntry("Organization", 2L);
            assertThat(stats.stale()).isFalse();

            EvidenceHit patent = index.search(SearchQuery.of("高镍正极材料", 5, RetrievalMode.BM25_HANLP, "Patent")).get(0);
            assertThat(patent.id()).isEqualTo("CN111111111A");
            assertThat(patent.ownerIds()).containsExactly("ORG-ZJU");
            assertThat(patent.ipcCodes()).containsExactlyInAnyOrder("H01M4/525", "H01M");
            assertThat(patent.year()).isEqualTo(2020);
            assertThat(patent.snippet()).contains("<em>");

            EvidenceHit org = index.search(SearchQuery.of("农业工程", 5, RetrievalMode.BM25_HANLP, "Organization")).get(0);
            assertThat(org.id()).isEqualTo("ORG-ZJU");
            assertThat(org.title()).isEqualTo("浙江大学");
            assertThat(org.ownerIds()).containsExactly("ORG-ZJU");

            SearchQuery need = new SearchQuery("锂电池回收", Set.of(), 10, RetrievalMode.BM25_HANLP, true);
            assertThat(index.search(need)).extracting(EvidenceHit::id).contains("D9001");
            assertThat(index.search(new SearchQuery(need.text(), Set.of(), 10, RetrievalMode.BM25_HANLP, false)))
                    .extracting(EvidenceHit::id).doesNotContain("D9001");
            assertThat(index.search(SearchQuery.of("旧文档", 10, RetrievalMode.BM25_HANLP))).isEmpty();
        }
    }

    @Test
    void rebuildingANonEmptyIndexKeepsEveryDocument() {
        try (EvidenceIndex index = EvidenceIndex.open(IndexSettings.inMemory(false))) {
            long first = index.rebuildFromGraph(graph).documents();
            assertThat(index.rebuildFromGraph(graph).documents()).isEqualTo(first).isEqualTo(6);
            assertThat(index.search(SearchQuery.of("高镍正极材料", 5, RetrievalMode.BM25_HANLP, "Patent")))
                    .extracting(EvidenceHit::id).containsExactly("CN111111111A");
        }
    }

    @Test
    void refreshFollowsChangesAndDeletionsInTheGraph() {
        try (EvidenceIndex index = EvidenceIndex.open(IndexSettings.inMemory(false))) {
            index.rebuildFromGraph(graph);
            try (Session s = graph.driver().session(graph.sessionConfig())) {
                s.run("MATCH (a:Achievement {id: 'A9001'}) SET a.title = '茶叶加工设备', a.body = '名优绿茶连续化加工生产线'")
                        .consume();
                s.run("MATCH (p:Project {id: 'PRJ-1'}) DETACH DELETE p").consume();
            }
            IndexStats stats = index.refreshFromGraph(graph, List.of("A9001", "PRJ-1", "ORG-ZJU"));
            assertThat(stats.deleted()).isEqualTo(1);
            assertThat(stats.documentsByKind()).containsEntry("Project", 0L).containsEntry("Achievement", 1L);
            assertThat(index.search(SearchQuery.of("绿茶加工", 5, RetrievalMode.BM25_HANLP)))
                    .extracting(EvidenceHit::id).containsExactly("A9001");
            assertThat(index.search(SearchQuery.of("养殖废水", 5, RetrievalMode.BM25_HANLP))).isEmpty();
        }
    }
}
