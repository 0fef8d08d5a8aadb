package io.techmatch.core.search;

import io.techmatch.core.text.AnalyzerFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/** Runs one search over one point-in-time searcher: lexical BM25, dense KNN, or both fused; builds the hits. */
final class EvidenceSearcher {
    /** Titles name the technology; a match there says more than one in a long body. */
    static final float TITLE_BOOST = 0.7f;

    private final IndexSearcher searcher;
    private final Embedder embedder;
    private final FusionSettings fusion;

    EvidenceSearcher(IndexSearcher searcher, Embedder embedder, FusionSettings fusion) {
        this.searcher = searcher;
        this.embedder = embedder;
        this.fusion = fusion;
    }

    record Candidate(int doc, double score) {
    }

    /** {@code given}: the query's embeddings when the caller has them already (missing ones are embedded here). */
    List<EvidenceHit> search(SearchQuery q, QueryText text, RetrievalMode mode, QueryVectors given) throws IOException {
        Query filter = filter(q);
        RetrievalMode lexicalMode = mode == RetrievalMode.DENSE || mode == RetrievalMode.HYBRID
                ? RetrievalMode.BM25_HANLP : mode;
        Query lexical = mode == RetrievalMode.HYBRID ? hybridLexicalQuery(text) : lexicalQuery(lexicalMode, text.text());
        // dense and hybrid retrieve candidateDepth at least: HNSW finds the true top 10 more often when asked for 100
        // (dense nDCG@10 on techmarket dev: 0.479 with k = 10, 0.507 with k = 100)
        int depth = mode == RetrievalMode.HYBRID || mode == RetrievalMode.DENSE
                ? Math.max(q.limit(), fusion.candidateDepth()) : q.limit();
        Map<String, Candidate> lex = mode == RetrievalMode.DENSE ? Map.of() : runLexical(lexical, filter, depth);
        boolean dense = mode == RetrievalMode.DENSE || mode == RetrievalMode.HYBRID;
        float[] queryVector = !dense ? null : given.text() != null ? given.text() : embed(text.text());
        float[] nameVector = !dense || fusion.nameWeight() == 0 || text.name() == null ? null
                : given.name() != null ? given.name() : embed(text.name());
        Map<String, Candidate> den = dense ? runDense(queryVector, nameVector, filter, depth) : Map.of();
        List<Fusion.Fused> ranked = rank(mode, lex, den);
        if (dense && fusion.feedbackDocs() > 0 && queryVector != null && !ranked.isEmpty()) {
            float[] expanded = DenseFeedback.rocchio(searcher, queryVector, feedbackDocs(ranked, lex, den),
                    fusion.feedbackWeight());
            den = runDense(expanded, nameVector, filter, depth);
            ranked = rank(mode, lex, den);
        }
        List<Fusion.Fused> top = ranked.subList(0, Math.min(q.limit(), ranked.size()));
        int[] docs = new int[top.size()];
        List<EvidenceDocument> stored = new ArrayList<>(top.size());
        StoredFields fields = searcher.storedFields();
        for (int i = 0; i < top.size(); i++) {
            Candidate c = lex.containsKey(top.get(i).id()) ? lex.get(top.get(i).id()) : den.get(top.get(i).id());
            docs[i] = c.doc();
            stored.add(DocumentMapper.fromLucene(fields.document(c.doc())));
        }
        String[] snippets = q.snippets() ? snippets(text, lexicalMode, docs, stored)
                : new String[top.size()];
        List<EvidenceHit> hits = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            Fusion.Fused f = top.get(i);
            EvidenceDocument d = stored.get(i);
            hits.add(new EvidenceHit(d.id(), d.kind(), f.score(), f.lexical(), f.dense(), d.title(), snippets[i],
                    d.ownerIds(), d.ipcCodes(), d.year()));
        }
        return hits;
    }

    /** Snippets of the given documents (Lucene doc numbers, with their stored fields) for a lexical mode's query. */
    String[] snippets(QueryText text, RetrievalMode lexicalMode, int[] docs, List<EvidenceDocument> stored)
            throws IOException {
        String field = IndexFields.analyzed(IndexFields.BODY, lexicalMode);
        return Snippets.forQuery(searcher, lexicalQuery(lexicalMode, text.text(), field), field,
                AnalyzerFactory.forMode(lexicalMode)).of(docs, stored.stream().map(EvidenceDocument::body)
                .toArray(String[]::new));
    }

    /** Snippets by document id for {@link EvidenceSearch#snippets}; ids not in the index are left out. */
    Map<String, String> snippets(QueryText text, RetrievalMode mode, Collection<String> ids) throws IOException {
        RetrievalMode lexicalMode = mode == RetrievalMode.DENSE || mode == RetrievalMode.HYBRID
                ? RetrievalMode.BM25_HANLP : mode;
        List<Integer> docs = new ArrayList<>();
        List<EvidenceDocument> stored = new ArrayList<>();
        StoredFields fields = searcher.storedFields();
        for (String id : new java.util.LinkedHashSet<>(ids)) {
            TopDocs found = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (found.scoreDocs.length > 0) {
                docs.add(found.scoreDocs[0].doc);
                stored.add(DocumentMapper.fromLucene(fields.document(found.scoreDocs[0].doc)));
            }
        }
        String[] snippets = snippets(text, lexicalMode, docs.stream().mapToInt(Integer::intValue).toArray(), stored);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < snippets.length; i++) {
            out.put(stored.get(i).id(), snippets[i]);
        }
        return out;
    }

    private float[] embed(String text) {
        return embedder == null ? null : embedder.embedQuery(text);
    }

    /** The lexical side of a hybrid query: HanLP words, plus CJK bigrams and the name's terms when asked for. */
    private Query hybridLexicalQuery(QueryText text) {
        Query words = lexicalQuery(RetrievalMode.BM25_HANLP, text.text());
        Query lexical = fusion.bigrams() ? either(words, lexicalQuery(RetrievalMode.BM25_CJK, text.text())) : words;
        if (fusion.nameBoost() > 0 && text.name() != null && lexical != null) {
            Query name = lexicalQuery(RetrievalMode.BM25_HANLP, text.name());
            if (name != null) {
                lexical = either(lexical, new BoostQuery(name, (float) fusion.nameBoost()));
            }
        }
        return lexical;
    }

    private Map<String, Candidate> runLexical(Query lexical, Query filter, int depth) throws IOException {
        if (lexical == null) {
            return Map.of();
        }
        return candidates(CommonTerms.search(searcher, lexical, filter, depth).scoreDocs);
    }

    private List<Fusion.Fused> rank(RetrievalMode mode, Map<String, Candidate> lex, Map<String, Candidate> den) {
        return switch (mode) {
            case HYBRID -> Fusion.fuse(scored(lex), scored(den), fusion);
            case DENSE -> scored(den).stream().map(s -> new Fusion.Fused(s.id(), s.score(), 0, s.score())).toList();
            default -> scored(lex).stream().map(s -> new Fusion.Fused(s.id(), s.score(), s.score(), 0)).toList();
        };
    }

    /** Lucene doc numbers of the best {@code feedbackDocs} of the first-round ranking (fused when hybrid). */
    private int[] feedbackDocs(List<Fusion.Fused> ranked, Map<String, Candidate> lex, Map<String, Candidate> den) {
        return ranked.stream().limit(fusion.feedbackDocs())
                .mapToInt(f -> (den.containsKey(f.id()) ? den.get(f.id()) : lex.get(f.id())).doc()).toArray();
    }

    /**
     * KNN over each passage field in use; a document scores its best passage (MaxP), so a long text is found by
     * its most relevant part rather than only by its first 480 characters. With a name vector, the candidates of
     * both vectors are pooled and each is scored exactly against both (see {@link DenseScorer}).
     */
    private Map<String, Candidate> runDense(float[] vector, float[] name, Query filter, int depth) throws IOException {
        if (vector == null) {
            return Map.of();
        }
        Map<Integer, Float> best = new HashMap<>();
        for (float[] v : name == null ? new float[][] {vector} : new float[][] {vector, name}) {
            for (int p = 0; p < fusion.passages(); p++) {
                TopDocs top = searcher.search(new KnnFloatVectorQuery(IndexFields.passageVector(p), v, depth, filter),
                        depth);
                for (ScoreDoc sd : top.scoreDocs) {
                    best.merge(sd.doc, sd.score, Math::max);
                }
            }
        }
        if (name != null) {
            best = DenseScorer.score(searcher, best.keySet(), new float[][] {vector, name},
                    new double[] {1 - fusion.nameWeight(), fusion.nameWeight()}, fusion.passages());
        }
        ScoreDoc[] merged = best.entrySet().stream().map(e -> new ScoreDoc(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble((ScoreDoc sd) -> sd.score).reversed()
                        .thenComparingInt(sd -> sd.doc))
                .limit(depth).toArray(ScoreDoc[]::new);
        return candidates(merged);
    }

    private static Query either(Query a, Query b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
    }

    private Map<String, Candidate> candidates(ScoreDoc[] docs) throws IOException {
        Map<String, Candidate> out = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StoredFields stored = null;
        for (ScoreDoc sd : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            SortedDocValues ids = leaf.reader().getSortedDocValues(IndexFields.ID);
            String id;
            if (ids != null && ids.advanceExact(sd.doc - leaf.docBase)) {
                id = ids.lookupOrd(ids.ordValue()).utf8ToString();
            } else { // written before ids had doc values
                stored = stored == null ? searcher.storedFields() : stored;
                id = stored.document(sd.doc, java.util.Set.of(IndexFields.ID)).get(IndexFields.ID);
            }
            out.put(id, new Candidate(sd.doc, sd.score));
        }
        return out;
    }

    private static List<Fusion.Scored> scored(Map<String, Candidate> candidates) {
        List<Fusion.Scored> list = new ArrayList<>(candidates.size());
        candidates.forEach((id, c) -> list.add(new Fusion.Scored(id, c.score())));
        list.sort(Comparator.comparingDouble(Fusion.Scored::score).reversed().thenComparing(Fusion.Scored::id));
        return list;
    }

    /** Title and body clauses of a lexical mode; null when the text has no searchable token. */
    static Query lexicalQuery(RetrievalMode mode, String text) {
        Query title = lexicalQuery(mode, text, IndexFields.analyzed(IndexFields.TITLE, mode));
        Query body = lexicalQuery(mode, text, IndexFields.analyzed(IndexFields.BODY, mode));
        if (title == null && body == null) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (title != null) {
            b.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
        }
        if (body != null) {
            b.add(body, Occur.SHOULD);
        }
        return b.build();
    }

    /** One lexical mode's query over one field (the snippets' query). */
    static Query lexicalQuery(RetrievalMode mode, String text, String field) {
        return new QueryBuilder(AnalyzerFactory.queryAnalyzerFor(mode)).createBooleanQuery(field, text);
    }

    private static Query filter(SearchQuery q) {
        if (q.kinds().isEmpty() && q.includeConfidential()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        if (!q.kinds().isEmpty()) {
            b.add(new TermInSetQuery(IndexFields.KIND, q.kinds().stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        if (!q.includeConfidential()) {
            b.add(new TermQuery(new Term(IndexFields.CONFIDENTIAL, "true")), Occur.MUST_NOT);
        }
        return b.build();
    }
}
