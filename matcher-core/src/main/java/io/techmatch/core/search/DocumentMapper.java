package io.techmatch.core.search;

import io.techmatch.core.text.TextSafety;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** Converts evidence documents to Lucene documents and back (everything needed to rebuild one is stored). */
final class DocumentMapper {
    /** Bodies are cut here (with a warning): longer text adds index size, not evidence. */
    static final int MAX_BODY_CHARS = 100_000;
    static final int MAX_TITLE_CHARS = 1_000;
    /**
     * Passage vectors kept per document. bge-small-zh reads about 480 characters; four overlapping passages cover
     * about 1,500 characters of body, which is more than 9 in 10 techmarket achievements (mean 383 characters).
     */
    static final int MAX_PASSAGES = 4;
    /** Consecutive passages share a quarter of their body window, so a sentence cut at one edge is whole in the next. */
    private static final double PASSAGE_OVERLAP = 0.25;
    /** The least body each passage carries, however long the title. */
    private static final int MIN_PASSAGE_BODY = 200;

    /**
     * The HanLP body also keeps term vectors with positions and offsets: snippets read the matched terms' offsets from
     * them instead of re-analyzing each hit's body (which was 45 % of a hybrid query's CPU). HanLP is the analyzer of
     * the hybrid and dense modes' snippets, the ones the matcher and the API use; the other bodies are re-analyzed.
     */
    static final FieldType HIGHLIGHTED_BODY = highlightedBody();

    private DocumentMapper() {
    }

    private static FieldType highlightedBody() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setStoreTermVectors(true);
        type.setStoreTermVectorPositions(true);
        type.setStoreTermVectorOffsets(true);
        type.freeze();
        return type;
    }

    /** The document with title and body made safe: lone surrogates replaced, lengths capped. */
    static EvidenceDocument sanitize(EvidenceDocument d) {
        return new EvidenceDocument(d.id(), d.kind(), TextSafety.sanitize(d.title(), MAX_TITLE_CHARS),
                TextSafety.sanitize(d.body(), MAX_BODY_CHARS), d.ipcCodes(), d.industryIds(), d.regionIds(),
                d.ownerIds(), d.year(), d.confidential());
    }

    /** The text that is embedded for dense retrieval: title, then the start of the body. */
    static String denseText(EvidenceDocument d) {
        return d.title().isBlank() ? d.body() : d.body().isBlank() ? d.title() : d.title() + "。" + d.body();
    }

    /**
     * The texts embedded for dense retrieval: the first is {@link #denseText} (title and the start of the body, as
     * before passages, so cached vectors stay valid); each further one is the title and the next overlapping window
     * of the body, while body is left and at most {@link #MAX_PASSAGES} in all.
     */
    static List<String> passages(EvidenceDocument d) {
        return passages(d, MAX_PASSAGES);
    }

    /** The first {@code max} of {@link #passages(EvidenceDocument)}. */
    static List<String> passages(EvidenceDocument d, int max) {
        List<String> out = new ArrayList<>(max);
        out.add(denseText(d));
        String title = d.title().strip();
        String body = d.body().strip();
        int window = title.isEmpty() ? Embedder.MAX_CHARS : Embedder.MAX_CHARS - title.length() - 1;
        window = Math.max(MIN_PASSAGE_BODY, window);
        int stride = (int) Math.round(window * (1 - PASSAGE_OVERLAP));
        int limit = Math.min(max, MAX_PASSAGES);
        for (int start = stride; out.size() < limit && start + window - stride < body.length(); start += stride) {
            String chunk = body.substring(start, Math.min(body.length(), start + window));
            out.add(title.isEmpty() ? chunk : title + "。" + chunk);
        }
        return out;
    }

    static String contentHash(EvidenceDocument d) {
        String joined = String.join("\u0001", d.id(), d.kind(), d.title(), d.body(), String.join(",", d.ipcCodes()),
                String.join(",", d.industryIds()), String.join(",", d.regionIds()), String.join(",", d.ownerIds()),
                String.valueOf(d.year()), String.valueOf(d.confidential()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document toLucene(EvidenceDocument d, String hash, float[] vector) {
        return toLucene(d, hash, vector == null ? List.of() : List.of(vector));
    }

    /** {@code vectors}: one per passage, the first passage's first; nulls and those beyond the maximum are skipped. */
    static Document toLucene(EvidenceDocument d, String hash, List<float[]> vectors) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, d.id(), Field.Store.YES));
        // the id again as a doc value: candidates are mapped to ids without decompressing their stored fields
        doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(d.id())));
        doc.add(new StringField(IndexFields.KIND, d.kind(), Field.Store.YES));
        doc.add(new StringField(IndexFields.CONFIDENTIAL, String.valueOf(d.confidential()), Field.Store.YES));
        doc.add(new StringField(IndexFields.CONTENT_HASH, hash, Field.Store.YES));
        doc.add(new StoredField(IndexFields.TITLE, d.title()));
        doc.add(new StoredField(IndexFields.BODY, d.body()));
        for (RetrievalMode mode : IndexFields.LEXICAL) {
            doc.add(new TextField(IndexFields.analyzed(IndexFields.TITLE, mode), d.title(), Field.Store.NO));
            String body = IndexFields.analyzed(IndexFields.BODY, mode);
            doc.add(mode == RetrievalMode.BM25_HANLP ? new Field(body, d.body(), HIGHLIGHTED_BODY)
                    : new TextField(body, d.body(), Field.Store.NO));
        }
        addAll(doc, IndexFields.IPC, d.ipcCodes());
        addAll(doc, IndexFields.INDUSTRY, d.industryIds());
        addAll(doc, IndexFields.REGION, d.regionIds());
        addAll(doc, IndexFields.OWNER, d.ownerIds());
        if (d.year() != null) {
            doc.add(new IntPoint(IndexFields.YEAR, d.year()));
            doc.add(new StoredField(IndexFields.YEAR, d.year()));
        }
        for (int i = 0; i < Math.min(MAX_PASSAGES, vectors.size()); i++) {
            if (vectors.get(i) != null) {
                doc.add(new KnnFloatVectorField(IndexFields.passageVector(i), vectors.get(i),
                        VectorSimilarityFunction.COSINE));
            }
        }
        return doc;
    }

    private static void addAll(Document doc, String field, List<String> values) {
        for (String v : values) {
            doc.add(new StringField(field, v, Field.Store.YES));
        }
    }

    static EvidenceDocument fromLucene(Document doc) {
        var year = doc.getField(IndexFields.YEAR);
        return new EvidenceDocument(doc.get(IndexFields.ID), doc.get(IndexFields.KIND), doc.get(IndexFields.TITLE),
                doc.get(IndexFields.BODY), values(doc, IndexFields.IPC), values(doc, IndexFields.INDUSTRY),
                values(doc, IndexFields.REGION), values(doc, IndexFields.OWNER),
                year == null ? null : year.numericValue().intValue(),
                Boolean.parseBoolean(doc.get(IndexFields.CONFIDENTIAL)));
    }

    private static List<String> values(Document doc, String field) {
        return new ArrayList<>(List.of(doc.getValues(field)));
    }
}
