package io.techmatch.core.text;

import io.techmatch.core.search.RetrievalMode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The one analyzer factory for indexing, querying and evaluation, so that every part of techmatch tokenizes the same
 * way. Analyzers are created once and are thread-safe; do not close them.
 */
public final class AnalyzerFactory {
    private static final Analyzer INDEX = new HanLPAnalyzer(false);
    private static final Analyzer QUERY = new HanLPAnalyzer(true);
    private static final Analyzer CJK = new CJKAnalyzer();
    private static final Analyzer SMARTCN = new SmartChineseAnalyzer();

    private AnalyzerFactory() {
    }

    /** HanLP with the domain dictionary and stopwords, without synonyms: what the index stores. */
    public static Analyzer indexAnalyzer() {
        return INDEX;
    }

    /** {@link #indexAnalyzer()} plus weighted synonyms stacked on each token (boost below 1). */
    public static Analyzer queryAnalyzer() {
        return QUERY;
    }

    /**
     * The index-side analyzer of a lexical mode: CJK bigrams, smartcn, or HanLP. Dense and hybrid modes use HanLP for
     * their lexical side and for highlighting.
     */
    public static Analyzer forMode(RetrievalMode mode) {
        return switch (mode) {
            case BM25_CJK -> CJK;
            case BM25_SMARTCN -> SMARTCN;
            case BM25_HANLP, DENSE, HYBRID -> INDEX;
        };
    }

    /** The query-side analyzer of a mode: the same as {@link #forMode} except that HanLP adds synonyms. */
    public static Analyzer queryAnalyzerFor(RetrievalMode mode) {
        return switch (mode) {
            case BM25_CJK -> CJK;
            case BM25_SMARTCN -> SMARTCN;
            case BM25_HANLP, DENSE, HYBRID -> QUERY;
        };
    }
}
