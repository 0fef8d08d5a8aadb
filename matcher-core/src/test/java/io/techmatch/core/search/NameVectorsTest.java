package io.techmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.techmatch.core.text.TextBootstrap;
import io.techmatch.core.text.TextSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demand's name as a second query vector and as extra lexical weight. Vectors are given (axes of the embedding
 * space), so the expected scores can be computed by hand; the model is loaded but never asked to embed.
 */
class NameVectorsTest {
    private static EvidenceIndex index;
    private static final float[] X = axis(0);
    private static final float[] Y = axis(1);
    /** Close to X, farther from Y. */
    private static final float[] XY = normalized(0.9f, 0.3f);

    static float[] axis(int i) {
        float[] v = new float[EmbeddingModel.DIMENSION];
        v[i] = 1;
        return v;
    }

    static float[] normalized(float x, float y) {
        float[] v = new float[EmbeddingModel.DIMENSION];
        double n = Math.sqrt(x * x + y * y);
        v[0] = (float) (x / n);
        v[1] = (float) (y / n);
        return v;
    }

    @BeforeAll
    static void open() {
        TextBootstrap.init(TextSettings.defaults());
        index = EvidenceIndex.open(new IndexSettings(null, true, EmbeddingModel.QUANTIZED, null, null));
        index.upsertWithVectors(List.of(
                EvidenceIndexTest.doc("A1", "Achievement", "养殖污水处理", "厌氧发酵处理养殖污水，出水达标。"),
                EvidenceIndexTest.doc("A2", "Achievement", "污水除磷设备", "化学除磷与膜过滤，出水总磷达标。"),
                EvidenceIndexTest.doc("A3", "Achievement", "苹果保鲜", "气调贮藏保鲜技术。")),
                Map.of("A1", X, "A2", Y, "A3", XY));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<EvidenceHit> dense(String text, FusionSettings fusion, QueryVectors vectors) {
        return index.search(SearchQuery.of(text, 3, RetrievalMode.DENSE), fusion, vectors);
    }

    @Test
    void theNamesVectorIsWeighedInAndEveryCandidateIsScoredExactlyAgainstBoth() {
        String demand = "污水除磷\n养殖场污水处理后总磷仍超标";
        QueryVectors vectors = new QueryVectors(X, Y);
        // the whole text's vector alone: A1 (X) first, A2 (Y) last
        List<EvidenceHit> plain = dense(demand, FusionSettings.defaults(), vectors);
        assertThat(plain).extracting(EvidenceHit::id).containsExactly("A1", "A3", "A2");
        assertThat(plain.get(0).denseScore()).isCloseTo(1.0, within(1e-6));

        // with the name (Y) at 0.6: A2 = 0.4 * sim(X, Y) + 0.6 * sim(Y, Y), Lucene's cosine score (1 + cos) / 2
        List<EvidenceHit> named = dense(demand, FusionSettings.defaults().withName(0.6, 0), vectors);
        assertThat(named).extracting(EvidenceHit::id).containsExactly("A2", "A3", "A1");
        assertThat(named.get(0).denseScore()).isCloseTo(0.4 * 0.5 + 0.6 * 1.0, within(1e-6));
        double a3 = 0.4 * (1 + XY[0]) / 2 + 0.6 * (1 + XY[1]) / 2;
        assertThat(named.get(1).denseScore()).isCloseTo(a3, within(1e-6));
        assertThat(named.get(2).denseScore()).isCloseTo(0.4 * 1.0 + 0.6 * 0.5, within(1e-6));
    }

    @Test
    void aQueryWithoutANameIsUnaffectedByTheNameOptions() {
        QueryVectors vectors = new QueryVectors(X, Y); // a name vector given for a text without a name is not used
        FusionSettings withName = FusionSettings.defaults().withName(0.6, 1.0);
        assertThat(dense("养殖场污水处理后总磷仍超标", withName, vectors)).extracting(EvidenceHit::id)
                .containsExactly("A1", "A3", "A2");
        List<EvidenceHit> hybrid = index.search(SearchQuery.of("污水 出水达标", 3, RetrievalMode.HYBRID), withName,
                vectors);
        List<EvidenceHit> before = index.search(SearchQuery.of("污水 出水达标", 3, RetrievalMode.HYBRID),
                FusionSettings.defaults(), vectors);
        assertThat(hybrid).extracting(EvidenceHit::score).containsExactlyElementsOf(
                before.stream().map(EvidenceHit::score).toList());
    }

    @Test
    void theNameBoostAddsTheNamesTermsOnTheLexicalSide() {
        String demand = "除磷\n污水处理";
        QueryVectors vectors = new QueryVectors(X, null);
        FusionSettings lexicalOnly = FusionSettings.defaults().withWeights(1, 0);
        double a2Before = lexical(index.search(SearchQuery.of(demand, 3, RetrievalMode.HYBRID), lexicalOnly, vectors),
                "A2");
        double a2Boosted = lexical(index.search(SearchQuery.of(demand, 3, RetrievalMode.HYBRID),
                lexicalOnly.withName(0, 1.0), vectors), "A2");
        double a1Before = lexical(index.search(SearchQuery.of(demand, 3, RetrievalMode.HYBRID), lexicalOnly, vectors),
                "A1");
        double a1Boosted = lexical(index.search(SearchQuery.of(demand, 3, RetrievalMode.HYBRID),
                lexicalOnly.withName(0, 1.0), vectors), "A1");
        assertThat(a2Boosted).as("A2 matches the name 除磷").isGreaterThan(a2Before);
        assertThat(a1Boosted).as("A1 matches only the body's terms").isCloseTo(a1Before, within(1e-6));
    }

    private static double lexical(List<EvidenceHit> hits, String id) {
        return hits.stream().filter(h -> h.id().equals(id)).mapToDouble(EvidenceHit::lexicalScore).findFirst()
                .orElse(0);
    }
}
