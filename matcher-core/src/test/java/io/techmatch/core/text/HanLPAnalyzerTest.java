package io.techmatch.core.text;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.BeforeClass;

/**
 * The HanLP analyzer checked the way Lucene checks its own analyzers (JUnit 4, run by the vintage engine):
 * terms, offsets into the original text, position increments, normalization, stopwords, reuse and random input.
 */
public class HanLPAnalyzerTest extends BaseTokenStreamTestCase {
    private Analyzer index;
    private Analyzer query;

    @BeforeClass
    public static void loadDictionary() {
        TextBootstrap.init(TextSettings.defaults());
    }

    @Override
    public void setUp() throws Exception {
        super.setUp();
        // fresh instances of the factory's analyzer classes, so one failed test cannot leave a stream open for the next
        index = new HanLPAnalyzer(false);
        query = new HanLPAnalyzer(true);
    }

    @Override
    public void tearDown() throws Exception {
        index.close();
        query.close();
        super.tearDown();
    }

    /**
     * Sub-words and character pairs are stacked on a word's position with position length 1, a "sausage" rather than
     * a true token graph (as with Lucene's compound-word filters), so end offsets at one position may differ: the
     * graph-offset check is off, every other check of Lucene's test base is on.
     */
    private void check(String text, String[] terms, int[] starts, int[] ends, int[] posIncs) throws IOException {
        assertAnalyzesTo(index, text, terms, starts, ends, null, posIncs, null, false);
    }

    private void check(String text, String... terms) throws IOException {
        check(text, terms, null, null, null);
    }

    public void testDomainTermStaysWholeWithItsSubWordStacked() throws IOException {
        // 氮化镓 is a bundled domain term; without it the mini dictionary splits 氮化|镓
        check("氮化镓功率器件",
                new String[] {"氮化镓", "氮化", "功率", "器件"},
                new int[] {0, 0, 3, 5}, new int[] {3, 2, 5, 7}, new int[] {1, 0, 1, 1});
    }

    public void testLongWordEmitsContainedDictionaryWords() throws IOException {
        check("锂离子电池正极材料",
                new String[] {"锂离子电池", "锂离子", "离子", "电池", "正极", "材料"},
                new int[] {0, 0, 1, 3, 5, 7}, new int[] {5, 3, 3, 5, 7, 9}, new int[] {1, 0, 0, 0, 1, 1});
    }

    public void testFullWidthTraditionalAndUpperCaseAreNormalizedWithOriginalOffsets() throws IOException {
        check("ＡＢＣ國際電腦", new String[] {"abc", "国际", "电脑"}, new int[] {0, 3, 5}, new int[] {3, 5, 7}, null);
    }

    public void testModelCodesAndNumbersStayWhole() throws IOException {
        check("CO2 PM2.5 5G H01M10/05",
                new String[] {"co2", "pm2.5", "5g", "h01m10/05"},
                new int[] {0, 4, 10, 13}, new int[] {3, 9, 12, 22}, new int[] {1, 1, 1, 1});
        check("ＰＭ２．５浓度", new String[] {"pm2.5", "浓度"}, new int[] {0, 5}, new int[] {5, 7}, null);
    }

    public void testDemandBoilerplateIsStopped() throws IOException {
        check("现寻求一种技术，我公司需求");
        // a removed stopword leaves a position gap
        check("电池的隔膜", new String[] {"电池", "隔膜"}, new int[] {0, 3}, new int[] {2, 5}, new int[] {1, 2});
    }

    public void testSurrogatePairsAreSingleTokensAndLoneSurrogatesAreSkipped() throws IOException {
        check("𠀀𠀁电池", new String[] {"𠀀", "𠀁", "电池"}, new int[] {0, 2, 4}, new int[] {2, 4, 6}, null);
        assertTokenStreamContents(index.tokenStream("body", "\uD800电池\uDC00"), new String[] {"电池"},
                new int[] {1}, new int[] {3}, null, null, null, 4, false);
    }

    public void testPunctuationAndEmojiOnlyGiveNoTokens() throws IOException {
        check("😀😀!!！？。……");
        check("");
    }

    public void testMixedScriptsSplitAtScriptChanges() throws IOException {
        check("Москва日本語テキスト한국어", new String[] {"москва", "日本", "语", "テキスト", "한국어"},
                new int[] {0, 6, 8, 9, 13}, new int[] {6, 8, 9, 13, 16}, null);
    }

    public void testUnknownCharacterPairIsKeptAsBigram() throws IOException {
        check("不锈钢内胆", new String[] {"不锈钢", "内", "内胆", "胆"},
                new int[] {0, 3, 3, 4}, new int[] {3, 4, 5, 5}, new int[] {1, 1, 0, 1});
    }

    public void testEachValueOfAMultiValuedFieldStartsAtOffsetZero() throws IOException {
        // the HanLP plugin once carried a running offset across values: each value must start afresh
        for (int i = 0; i < 3; i++) {
            check("储能电池", new String[] {"储能", "电池"}, new int[] {0, 2}, new int[] {2, 4}, null);
        }
        check("电池", new String[] {"电池"}, new int[] {0}, new int[] {2}, null);
    }

    public void testReuseAcrossDifferentInputs() throws IOException {
        checkAnalysisConsistency(random(), index, true, "储能电池 H01M10/05 氮化镓 😀 " + "污水处理".repeat(50), false);
        check("石墨烯", "石墨烯", "石墨");
        check("5G", "5g");
    }

    public void testVeryLongInputKeepsOffsetsToTheEnd() throws IOException {
        String sentence = "一种基于机器视觉的尺寸测量系统，用于锂电池极片检测。";
        String text = sentence.repeat(20_000); // 520,000 chars
        int tokens = 0;
        int lastEnd = 0;
        try (TokenStream ts = index.tokenStream("body", text)) {
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                assertTrue(offsets.startOffset() >= 0 && offsets.endOffset() <= text.length());
                lastEnd = offsets.endOffset();
                tokens++;
            }
            ts.end();
            assertEquals(text.length(), offsets.endOffset());
        }
        assertTrue("tokens: " + tokens, tokens > 20_000 * 5);
        assertEquals(text.length() - 1, lastEnd);
    }

    public void testQueryAnalyzerStacksWeightedSynonyms() throws IOException {
        try (TokenStream ts = query.tokenStream("body", "芯片")) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            BoostAttribute boost = ts.addAttribute(BoostAttribute.class);
            ts.reset();
            assertTrue(ts.incrementToken());
            assertEquals("芯片", term.toString());
            assertEquals(1f, boost.getBoost(), 0f);
            int synonyms = 0;
            while (ts.incrementToken()) {
                assertTrue(term + " boost " + boost.getBoost(), boost.getBoost() > 0 && boost.getBoost() < 1);
                synonyms++;
            }
            ts.end();
            assertTrue(synonyms >= 2);
        }
        assertAnalyzesTo(query, "锂电", new String[] {"锂电", "锂电池", "锂离子电池"}, null, null, null,
                new int[] {1, 0, 0}, null, false);
    }

    public void testRandomStrings() throws IOException {
        checkRandomData(random(), index, 200 * RANDOM_MULTIPLIER, 20, false, false);
        checkRandomData(random(), query, 100 * RANDOM_MULTIPLIER, 20, false, false);
    }

    public void testRandomHugeStrings() throws IOException {
        checkRandomData(random(), index, 10 * RANDOM_MULTIPLIER, 8192, false, false);
    }
}
