package io.techmatch.core.search;

/** How evidence is retrieved. The first three are lexical BM25 with different Chinese analyzers. */
public enum RetrievalMode {
    /** BM25 over CJK bigrams (Lucene's CJKAnalyzer), the usual baseline for Chinese. */
    BM25_CJK,
    /** BM25 with Lucene's smartcn analyzer. */
    BM25_SMARTCN,
    /** BM25 with techmatch's HanLP analyzer (domain dictionary, query-time synonyms). */
    BM25_HANLP,
    /** Dense retrieval with bge-small-zh embeddings over HNSW. */
    DENSE,
    /** Lexical (HanLP) and dense results fused. */
    HYBRID
}
