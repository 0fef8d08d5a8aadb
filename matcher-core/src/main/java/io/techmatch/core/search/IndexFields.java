package io.techmatch.core.search;

/** Lucene field names of the evidence index; they exist only here. */
final class IndexFields {
    private IndexFields() {
    }

    static final String ID = "id";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String IPC = "ipc";
    static final String INDUSTRY = "industry";
    static final String REGION = "region";
    static final String OWNER = "owner";
    static final String YEAR = "year";
    static final String CONFIDENTIAL = "confidential";
    static final String CONTENT_HASH = "contentHash";
    /** The first passage's vector (title and start of the body); further passages are {@link #passageVector}. */
    static final String VECTOR = "vector";
    /** Commit user data: the dictionary version the text was analyzed with. */
    static final String DICTIONARY_VERSION = "dictionaryVersion";
    /** Commit user data: the content hash of the analysis configuration the text was analyzed with. */
    static final String ANALYZER_FINGERPRINT = "analyzerFingerprint";
    /** Commit user data: the layout of the fields ({@link #FORMAT}), so an index of another layout is rebuilt. */
    static final String FORMAT_VERSION = "formatVersion";
    /**
     * Commit user data: the {@link EmbeddingModel#modelName()} the vectors were made with, so vectors of another model
     * (which a query vector of this one cannot be compared with) are made again. Absent in indexes written before it
     * was recorded, whose vectors all came from {@link #MODEL_BEFORE_RECORDED}.
     */
    static final String EMBEDDING_MODEL = "embeddingModel";
    /** The only model of the code that did not record {@link #EMBEDDING_MODEL}. */
    static final String MODEL_BEFORE_RECORDED = "bge-small-zh-v15-q";
    /**
     * The field layout written now. Bump it when a field's index options change (Lucene refuses a document whose
     * field options differ from the same field's in the index, so such an index is rewritten from scratch).
     * 2: term vectors with offsets on the HanLP body (1, unrecorded: none).
     */
    static final String FORMAT = "2";

    /** The vector field of passage {@code i} (0 = {@link #VECTOR}); fields, since a Lucene 9 vector is single-valued. */
    static String passageVector(int i) {
        return i == 0 ? VECTOR : VECTOR + "_p" + i;
    }

    /** The analyzed copy of {@code TITLE} or {@code BODY} for a lexical analyzer. */
    static String analyzed(String base, RetrievalMode mode) {
        return base + "_" + suffix(mode);
    }

    private static String suffix(RetrievalMode mode) {
        return switch (mode) {
            case BM25_CJK -> "cjk";
            case BM25_SMARTCN -> "smartcn";
            case BM25_HANLP, DENSE, HYBRID -> "hanlp";
        };
    }

    static final RetrievalMode[] LEXICAL = {RetrievalMode.BM25_CJK, RetrievalMode.BM25_SMARTCN, RetrievalMode.BM25_HANLP};
}
