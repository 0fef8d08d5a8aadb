package io.techmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.text.AnalyzerFactory;
import io.techmatch.core.text.TextBootstrap;
import io.techmatch.core.text.TextSettings;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Snippets read the HanLP body's term vectors instead of analyzing every hit's body again. */
class SnippetsTest {
    static final List<EvidenceDocument> DOCS = List.of(
            EvidenceIndexTest.doc("A1", "Achievement", "养殖污水处理", "采用厌氧发酵与膜过滤处理养殖污水 & <b>出水</b>达标排放。"),
            EvidenceIndexTest.doc("A2", "Achievement", "隔膜", "前言。".repeat(200) + "锂电池隔膜的涂覆工艺，提高耐热性。"),
            EvidenceIndexTest.doc("A3", "Achievement", "苹果保鲜", "气调贮藏保鲜技术。"));

    @BeforeAll
    static void dictionary() {
        TextBootstrap.init(TextSettings.defaults());
    }

    /** Counts the token streams it hands out: zero means nothing was re-analyzed. */
    static final class CountingAnalyzer extends DelegatingAnalyzerWrapper {
        final AtomicInteger streams = new AtomicInteger();
        private final RetrievalMode mode;

        CountingAnalyzer(RetrievalMode mode) {
            super(PER_FIELD_REUSE_STRATEGY);
            this.mode = mode;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            streams.incrementAndGet();
            return AnalyzerFactory.forMode(mode);
        }
    }

    /** The documents through the index's own writer (in memory, lexical only), in the order of DOCS. */
    private static IndexSearcher searcher() {
        IndexStore store = IndexStore.open(null, null, 1);
        store.write(DOCS, false, true);
        return store.acquire();
    }

    private static String[] snippets(IndexSearcher searcher, RetrievalMode mode, String text, Analyzer analyzer) {
        String field = IndexFields.analyzed(IndexFields.BODY, mode);
        Query query = EvidenceSearcher.lexicalQuery(mode, text, field);
        return Snippets.forQuery(searcher, query, field, analyzer).of(new int[] {1, 0, 2},
                new String[] {DOCS.get(1).body(), DOCS.get(0).body(), DOCS.get(2).body()});
    }

    @Test
    void theHanlpBodyIsHighlightedFromTermVectorsWithoutAnalyzingAnyHit() {
        IndexSearcher searcher = searcher();
        CountingAnalyzer analyzer = new CountingAnalyzer(RetrievalMode.BM25_HANLP);
        String[] out = snippets(searcher, RetrievalMode.BM25_HANLP, "隔膜涂覆 养殖污水 出水", analyzer);
        assertThat(analyzer.streams).hasValue(0);
        // in the order asked for; the match far into a long body is found and the fragment stays short
        assertThat(out[0]).contains("<em>隔膜</em>").hasSizeLessThan(Snippets.FRAGMENT_CHARS + 40);
        assertThat(out[1]).contains("<em>", "&amp;", "&lt;b&gt;").doesNotContain("<b>");
        // no match: the escaped start of the body
        assertThat(out[2]).isEqualTo("气调贮藏保鲜技术。");
    }

    @Test
    void bodiesWithoutTermVectorsAreAnalyzedAsBefore() {
        IndexSearcher searcher = searcher();
        CountingAnalyzer cjk = new CountingAnalyzer(RetrievalMode.BM25_CJK);
        assertThat(snippets(searcher, RetrievalMode.BM25_CJK, "隔膜", cjk)[0]).contains("<em>隔膜</em>");
        assertThat(cjk.streams.get()).isPositive();
    }

    @Test
    void longUnpunctuatedBodiesWithManyMatchesGiveShortFragmentsInEveryMode() {
        String[] words = {"锂电池", "隔膜", "涂覆", "陶瓷", "耐热", "工艺", "材料", "性能", "提高", "制备"};
        java.util.Random random = new java.util.Random(5);
        List<EvidenceDocument> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            StringBuilder body = new StringBuilder();
            while (body.length() < 300 + 200 * i) {
                body.append(words[random.nextInt(words.length)]);
                if (random.nextInt(40) == 0) {
                    body.append(random.nextBoolean() ? "。" : "𠀀"); // rare sentence ends, and surrogate pairs
                }
            }
            docs.add(EvidenceIndexTest.doc("L" + i, "Patent", "长文" + i, body.toString()));
        }
        IndexStore store = IndexStore.open(null, null, 1);
        store.write(docs, false, true);
        IndexSearcher searcher = store.acquire();
        int[] ids = java.util.stream.IntStream.range(0, docs.size()).toArray();
        String[] bodies = docs.stream().map(EvidenceDocument::body).toArray(String[]::new);
        for (RetrievalMode mode : IndexFields.LEXICAL) {
            String field = IndexFields.analyzed(IndexFields.BODY, mode);
            String[] out = Snippets.forQuery(searcher, EvidenceSearcher.lexicalQuery(mode, "隔膜涂覆陶瓷耐热工艺", field),
                    field, AnalyzerFactory.forMode(mode)).of(ids, bodies);
            for (String snippet : out) {
                assertThat(snippet).as(mode.name()).contains("<em>");
                assertThat(snippet.replace("<em>", "").replace("</em>", "").length()).as(mode.name())
                        .isLessThanOrEqualTo(2 * Snippets.FRAGMENT_CHARS);
            }
        }
        store.release(searcher);
        store.close();
    }
}
