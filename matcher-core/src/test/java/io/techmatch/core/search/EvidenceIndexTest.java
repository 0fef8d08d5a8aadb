package io.techmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.text.TextBootstrap;
import io.techmatch.core.text.TextSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lexical side of the evidence index, in memory, without embeddings. */
class EvidenceIndexTest {
    private EvidenceIndex index;

    static EvidenceDocument doc(String id, String kind, String title, String body) {
        return new EvidenceDocument(id, kind, title, body, List.of("H01M"), List.of("GB:C38"), List.of("32"),
                List.of("ORG-" + id), 2021, false);
    }

    static final List<EvidenceDocument> DOCS = List.of(
            doc("P1", "Patent", "一种锂离子电池正极材料及其制备方法", "本发明公开了一种高镍锂离子电池正极材料，循环寿命长。"),
            doc("P2", "Patent", "氮化镓功率器件的封装结构", "氮化镓功率器件封装，散热好，适用于5G基站电源。"),
            doc("A1", "Achievement", "畜禽养殖废水处理技术", "采用厌氧发酵与膜过滤处理养殖污水，出水达标排放。"),
            doc("A2", "Achievement", "基于机器视觉的尺寸测量系统", "利用工业相机和图像处理算法测量零件尺寸，精度0.01mm。"),
            new EvidenceDocument("N1", "Need", "锂电池回收", "寻求废旧锂电池正极材料回收技术", List.of(), List.of(),
                    List.of(), List.of("ORG-X"), 2022, true));

    @BeforeAll
    static void dictionary() {
        TextBootstrap.init(TextSettings.defaults());
    }

    @BeforeEach
    void open() {
        index = EvidenceIndex.open(IndexSettings.inMemory(false));
        index.upsert(DOCS);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @ParameterizedTest
    @EnumSource(value = RetrievalMode.class, names = {"BM25_CJK", "BM25_SMARTCN", "BM25_HANLP"})
    void everyLexicalModeRanksTheMatchingDocumentFirst(RetrievalMode mode) {
        List<EvidenceHit> hits = index.search(SearchQuery.of("锂离子电池正极材料", 10, mode));
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).id()).isEqualTo("P1");
        assertThat(hits.get(0).score()).isPositive().isEqualTo(hits.get(0).lexicalScore());
        assertThat(hits.get(0).ownerIds()).containsExactly("ORG-P1");
        assertThat(hits.get(0).ipcCodes()).containsExactly("H01M");
        assertThat(hits.get(0).year()).isEqualTo(2021);
        assertThat(hits).extracting(EvidenceHit::id).doesNotContain("A2");
    }

    @Test
    void snippetsHighlightMatchedTermsAndEscapeTheRest() {
        index.upsert(List.of(doc("A9", "Achievement", "污水<处理>", "养殖污水处理 & <b>膜过滤</b> 工艺")));
        EvidenceHit hit = index.search(SearchQuery.of("污水处理", 10, RetrievalMode.BM25_HANLP, "Achievement")).stream()
                .filter(h -> h.id().equals("A9")).findFirst().orElseThrow();
        assertThat(hit.snippet()).contains("<em>污水处理</em>", "&amp;", "&lt;b&gt;").doesNotContain("<b>");
    }

    @Test
    void queriesAreCleanedOfBoilerplate() {
        // without cleaning, 寻求…技术 and the phone number would match the need's own boilerplate
        List<EvidenceHit> hits = index.search(SearchQuery.of("现寻求一种技术，联系电话13812345678，氮化镓", 10,
                RetrievalMode.BM25_HANLP));
        assertThat(hits).extracting(EvidenceHit::id).containsExactly("P2");
    }

    @Test
    void kindsAndConfidentialityFilter() {
        SearchQuery all = SearchQuery.of("锂电池正极材料回收", 10, RetrievalMode.BM25_HANLP);
        assertThat(index.search(all)).extracting(EvidenceHit::id).contains("N1", "P1");
        assertThat(index.search(new SearchQuery(all.text(), Set.of(), 10, RetrievalMode.BM25_HANLP, false)))
                .extracting(EvidenceHit::id).contains("P1").doesNotContain("N1");
        assertThat(index.search(SearchQuery.of(all.text(), 10, RetrievalMode.BM25_HANLP, "Need")))
                .extracting(EvidenceHit::id).containsExactly("N1");
    }

    @Test
    void upsertIsIncrementalByIdAndSkipsUnchangedContent() {
        IndexStats again = index.upsert(DOCS);
        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).isEqualTo(DOCS.size());

        IndexStats changed = index.upsert(List.of(doc("A2", "Achievement", "果蔬保鲜冷链技术", "气调保鲜延长货架期")));
        assertThat(changed.written()).isEqualTo(1);
        assertThat(changed.documents()).isEqualTo(DOCS.size());
        assertThat(index.search(SearchQuery.of("机器视觉尺寸测量", 10, RetrievalMode.BM25_HANLP)))
                .extracting(EvidenceHit::id).doesNotContain("A2");
        assertThat(index.search(SearchQuery.of("保鲜", 10, RetrievalMode.BM25_HANLP)))
                .extracting(EvidenceHit::id).containsExactly("A2");
    }

    @Test
    void deleteRemovesDocumentsAndStatsCountKinds() {
        IndexStats stats = index.stats();
        assertThat(stats.documentsByKind()).containsEntry("Patent", 2L).containsEntry("Achievement", 2L)
                .containsEntry("Need", 1L).containsEntry("Organization", 0L);
        assertThat(stats.denseVectors()).isZero();
        IndexStats after = index.delete(List.of("P2", "missing"));
        assertThat(after.deleted()).isEqualTo(1);
        assertThat(after.documentsByKind()).containsEntry("Patent", 1L);
        assertThat(index.search(SearchQuery.of("氮化镓", 10, RetrievalMode.BM25_HANLP))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(RetrievalMode.class)
    void badInputGivesDefinedResultsInEveryMode(RetrievalMode mode) {
        assertThat(index.search(SearchQuery.of("", 10, mode))).isEmpty();
        assertThat(index.search(SearchQuery.of("，。！？……", 10, mode))).isEmpty();
        assertThat(index.search(SearchQuery.of("😀😀😀", 10, mode))).isEmpty();
        assertThat(index.search(SearchQuery.of("\uD800\uDC00\uDFFF", 10, mode))).isEmpty();
        assertThat(index.search(SearchQuery.of("\uD800氮化镓\uDC00", 10, mode)))
                .extracting(EvidenceHit::id).startsWith("P2");
        assertThat(index.search(SearchQuery.of("Москва 氮化镓 テキスト GaN", 10, mode)))
                .extracting(EvidenceHit::id).startsWith("P2");
        assertThat(index.search(SearchQuery.of("氮化镓 ".repeat(300_000), 10, mode)))
                .extracting(EvidenceHit::id).startsWith("P2");
    }

    @Test
    void hugeAndMalformedDocumentsAreIndexedTruncated() {
        String huge = "锂电池隔膜".repeat(250_000); // 1.25 M chars
        IndexStats stats = index.upsert(List.of(doc("H1", "Patent", "超长\uD800文本", huge),
                doc("E1", "Patent", "", ""), doc("E2", "Patent", "😀！", "……")));
        assertThat(stats.written()).isEqualTo(3);
        EvidenceHit hit = index.search(SearchQuery.of("隔膜", 10, RetrievalMode.BM25_HANLP)).get(0);
        assertThat(hit.id()).isEqualTo("H1");
        assertThat(hit.title()).isEqualTo("超长 文本");
        assertThat(hit.snippet().length()).isLessThan(1_000);
    }

    @Test
    void reloadingTheDictionaryMakesTheIndexStaleAndTheNextSearchReanalyzes(@TempDir Path dir) throws Exception {
        assertThat(index.isStale()).isFalse();
        Path terms = Files.writeString(dir.resolve("user-terms.txt"), "镍钴锰酸锂\n");
        index.upsert(List.of(doc("P7", "Patent", "镍钴锰酸锂三元材料", "")));
        try {
            TextBootstrap.init(new TextSettings(TextSettings.defaults().sharedDataDir(), terms));
            assertThat(index.isStale()).isTrue();
            assertThat(index.stats().stale()).isTrue();
            // the search notices the new dictionary and re-analyzes the stored text before answering
            List<EvidenceHit> hits = index.search(SearchQuery.of("镍钴锰酸锂", 10, RetrievalMode.BM25_HANLP));
            assertThat(index.isStale()).isFalse();
            assertThat(hits).extracting(EvidenceHit::id).containsExactly("P7");
            assertThat(index.stats().documents()).isEqualTo(DOCS.size() + 1);
        } finally {
            TextBootstrap.init(TextSettings.defaults());
        }
    }

    @Test
    void denseModesFallBackToHanlpWhenEmbeddingsAreOff() {
        List<EvidenceHit> hybrid = index.search(SearchQuery.of("氮化镓", 5, RetrievalMode.HYBRID));
        assertThat(hybrid).extracting(EvidenceHit::id).containsExactly("P2");
        assertThat(hybrid.get(0).denseScore()).isZero();
    }
}
