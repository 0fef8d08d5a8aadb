package io.techmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.text.TextBootstrap;
import io.techmatch.core.text.TextSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dense and hybrid retrieval with the real bge-small-zh model. Embedding costs tens of milliseconds per text, so the
 * corpus is a handful of short texts and one index is shared by the tests.
 */
class DenseRetrievalTest {
    static final List<EvidenceDocument> DOCS = List.of(
            EvidenceIndexTest.doc("D1", "Achievement", "猪场粪污处理", "养猪场粪便和污水的厌氧发酵处理工艺"),
            EvidenceIndexTest.doc("D2", "Achievement", "芯片封装", "半导体集成电路的先进封装与测试"),
            EvidenceIndexTest.doc("D3", "Achievement", "苹果保鲜", "水果采后气调贮藏保鲜技术"),
            EvidenceIndexTest.doc("D4", "Patent", "车床主轴", "数控车床主轴的热变形补偿"));

    @TempDir
    static Path cacheDir;

    @BeforeAll
    static void dictionary() {
        TextBootstrap.init(TextSettings.defaults());
    }

    private static IndexSettings settings(FusionSettings fusion) {
        return new IndexSettings(null, true, EmbeddingModel.QUANTIZED, cacheDir, fusion);
    }

    @Test
    void denseFindsParaphrasesLexicalSearchMissesAndTheCacheAvoidsReembedding() {
        try (EvidenceIndex index = EvidenceIndex.open(settings(FusionSettings.defaults()))) {
            IndexStats stats = index.upsert(DOCS);
            assertThat(stats.denseVectors()).isEqualTo(DOCS.size());
            assertThat(stats.embedded()).isEqualTo(DOCS.size());

            // no word in common with D1's text, the same meaning
            String query = "畜禽养殖废水怎么治理";
            List<EvidenceHit> dense = index.search(SearchQuery.of(query, 4, RetrievalMode.DENSE));
            assertThat(dense).hasSize(4);
            assertThat(dense.get(0).id()).isEqualTo("D1");
            assertThat(dense.get(0).denseScore()).isGreaterThan(dense.get(3).denseScore());
            assertThat(dense.get(0).lexicalScore()).isZero();

            List<EvidenceHit> hybrid = index.search(SearchQuery.of("集成电路封装测试", 4, RetrievalMode.HYBRID));
            assertThat(hybrid.get(0).id()).isEqualTo("D2");
            assertThat(hybrid.get(0).lexicalScore()).isPositive();
            assertThat(hybrid.get(0).denseScore()).isPositive();
            List<EvidenceHit> rrf = index.search(SearchQuery.of("集成电路封装测试", 4, RetrievalMode.HYBRID),
                    FusionSettings.rrf());
            assertThat(rrf.get(0).id()).isEqualTo("D2");
            assertThat(rrf.get(0).score()).isLessThan(1.0 / 60 * 2 + 1e-9);

            // changed metadata, same text: nothing is embedded again
            index.upsert(List.of(new EvidenceDocument("D3", "Achievement", "苹果保鲜", "水果采后气调贮藏保鲜技术",
                    List.of("A23B"), List.of(), List.of(), List.of(), 2020, false)));
            assertThat(index.stats().embedded()).isEqualTo(DOCS.size());
            assertThat(index.search(SearchQuery.of("😀……", 4, RetrievalMode.DENSE))).isEmpty();
        }
        // a new index with the same cache directory reads the vectors from disk
        try (EvidenceIndex again = EvidenceIndex.open(settings(FusionSettings.rrf()))) {
            IndexStats stats = again.upsert(DOCS);
            assertThat(stats.denseVectors()).isEqualTo(DOCS.size());
            assertThat(stats.embedded()).isZero();
            assertThat(stats.embeddingCacheHits()).isGreaterThanOrEqualTo(DOCS.size());
        }
    }

    @Test
    void givenVectorsAreIndexedAndSearchedWithoutEmbedding() {
        float[] x = new float[EmbeddingModel.DIMENSION];
        float[] y = new float[EmbeddingModel.DIMENSION];
        x[0] = 1;
        y[1] = 1;
        try (EvidenceIndex index = EvidenceIndex.open(settings(FusionSettings.defaults()))) {
            IndexStats stats = index.upsertWithVectors(DOCS.subList(0, 2), java.util.Map.of("D1", x, "D2", y));
            assertThat(stats.denseVectors()).isEqualTo(2);
            List<EvidenceHit> hits = index.search(SearchQuery.of("任意文本", 2, RetrievalMode.DENSE),
                    FusionSettings.defaults(), y);
            assertThat(hits).extracting(EvidenceHit::id).containsExactly("D2", "D1");
            assertThat(index.stats().embedded()).isZero();
        }
    }

    @Test
    void textsAreCutToTheModelWindowBeforeHashing() {
        String longText = "储能".repeat(1_000);
        assertThat(Embedder.prepare(longText)).hasSize(Embedder.MAX_CHARS);
        assertThat(EmbeddingCache.key(Embedder.prepare(longText)))
                .isEqualTo(EmbeddingCache.key(Embedder.prepare(longText + "不同的结尾")));
        assertThat(Embedder.prepare("  ")).isEmpty();
    }
}
