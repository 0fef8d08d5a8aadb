package io.techmatch.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

/**
 * Exact BM25 top-k without visiting every document for the common terms (the idea of Lucene's
 * {@code CommonTermsQuery}, done here because that class cannot take the weighted synonym clauses of our query
 * analyzer, and it changes the ranking where this does not). A term in more than half of the documents
 * ({@link #MAX_DOC_FREQ_RATIO}) adds little to a score (idf below log 2), yet a disjunction over it visits most
 * documents: at a million synthetic documents the label 合成 in every title made a 10 ms query take 100 ms, and real
 * boilerplate (本发明, 公司) does the same.
 * <p>
 * The query's disjunction is flattened into its leaf clauses (boosts multiplied in, which leaves BM25 sums
 * unchanged) and split by document frequency. The rare clauses are searched alone for a deeper first pass; its hits
 * get the common clauses' scores added ({@link QueryRescorer}), so each keeps exactly the score of the whole query.
 * That is the whole query's top k when two bounds hold, and the pass is deepened until they do: a document outside
 * the pass scores at most the pass's last score plus the common clauses' maximum, and one matching only common
 * terms at most that maximum. When the rare clauses match fewer than k documents that beat it (the top k then holds
 * documents of common terms only), the whole query runs as it is, as does a query made only of common or only of
 * rare terms.
 */
final class CommonTerms {
    private static final Logger log = LoggerFactory.getLogger(CommonTerms.class);
    static final double MAX_DOC_FREQ_RATIO = 0.5;

    private CommonTerms() {
    }

    /** Top {@code k} of {@code query} (filtered when {@code filter} is not null), exactly as the query would give it. */
    static TopDocs search(IndexSearcher searcher, Query query, Query filter, int k) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<Query> leaves = new ArrayList<>();
        flatten(query, 1f, leaves);
        long cutoff = (long) Math.ceil(MAX_DOC_FREQ_RATIO * reader.numDocs());
        List<Query> rare = new ArrayList<>();
        List<Query> common = new ArrayList<>();
        for (Query leaf : leaves) {
            (maxDocFreq(leaf, reader) > cutoff ? common : rare).add(leaf);
        }
        if (rare.isEmpty() || common.isEmpty()) {
            return searcher.search(filtered(query, filter), k);
        }
        Query first = filtered(disjunction(rare), filter);
        Query second = disjunction(common);
        float commonMax = maxScore(searcher, common);
        for (int depth = Math.max(2 * k, k + 100); ; depth *= 4) {
            TopDocs pass = searcher.search(first, depth);
            ScoreDoc[] rescored = rescore(searcher, pass, second);
            boolean complete = pass.scoreDocs.length < depth;
            float outsideBound = complete ? Float.NEGATIVE_INFINITY
                    : pass.scoreDocs[pass.scoreDocs.length - 1].score + commonMax;
            if (rescored.length < k || rescored[k - 1].score <= commonMax) {
                log.debug("top {}: {} rare, {} common clauses; common-only documents may rank, whole query", k,
                        rare.size(), common.size());
                return searcher.search(filtered(query, filter), k); // documents of common terms only may rank
            }
            if (complete || rescored[k - 1].score > outsideBound) {
                log.debug("top {}: {} rare, {} common clauses; first pass of {}", k, rare.size(), common.size(), depth);
                return new TopDocs(pass.totalHits, Arrays.copyOf(rescored, k));
            }
        }
    }

    /** First-pass hits with the common clauses' score added, best first, ties by doc id. */
    private static ScoreDoc[] rescore(IndexSearcher searcher, TopDocs pass, Query second) throws IOException {
        TopDocs sum = new QueryRescorer(second) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
            }
        }.rescore(searcher, pass, pass.scoreDocs.length);
        ScoreDoc[] out = sum.scoreDocs.clone();
        Arrays.sort(out, Comparator.comparingDouble((ScoreDoc sd) -> sd.score).reversed().thenComparingInt(sd -> sd.doc));
        return out;
    }

    /**
     * An upper bound of the common clauses' summed score. Under BM25 a term clause scores below boost × idf whatever
     * its frequency (Lucene's BM25 has no (k1 + 1) factor), and a synonym clause below that of its rarest term; this
     * costs a document frequency per term, where asking the scorers for their maximum reads impacts over whole
     * posting lists of nearly every document. Other similarities and clause types ask the scorers.
     */
    private static float maxScore(IndexSearcher searcher, List<Query> clauses) throws IOException {
        float sum = 0;
        for (Query clause : clauses) {
            float boost = 1f;
            Query q = clause;
            while (q instanceof BoostQuery b) {
                boost *= b.getBoost();
                q = b.getQuery();
            }
            if (searcher.getSimilarity() instanceof BM25Similarity && (q instanceof TermQuery || q instanceof SynonymQuery)) {
                Set<Term> terms = new HashSet<>();
                q.visit(QueryVisitor.termCollector(terms));
                long minDocFreq = Long.MAX_VALUE;
                String field = null;
                for (Term t : terms) {
                    minDocFreq = Math.min(minDocFreq, searcher.getIndexReader().docFreq(t));
                    field = t.field();
                }
                CollectionStatistics stats = field == null ? null : searcher.collectionStatistics(field);
                if (stats != null && minDocFreq > 0) {
                    double idf = Math.log(1 + (stats.docCount() - minDocFreq + 0.5) / (minDocFreq + 0.5));
                    sum += (float) (boost * idf) * 1.0001f; // float rounding in the scorer
                }
            } else {
                sum += scorerMax(searcher, clause);
            }
        }
        return sum;
    }

    private static float scorerMax(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
        float max = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                max = Math.max(max, scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS));
            }
        }
        return max;
    }

    private static Query filtered(Query query, Query filter) {
        return filter == null ? query
                : new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    /** Leaf clauses of nested pure disjunctions (SHOULD only, no minimum), boosts multiplied in. */
    private static void flatten(Query q, float boost, List<Query> out) {
        if (q instanceof BoostQuery b) {
            flatten(b.getQuery(), boost * b.getBoost(), out);
        } else if (q instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0
                && bq.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)) {
            for (BooleanClause c : bq.clauses()) {
                flatten(c.getQuery(), boost, out);
            }
        } else {
            out.add(boost == 1f ? q : new BoostQuery(q, boost));
        }
    }

    private static Query disjunction(List<Query> clauses) {
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        clauses.forEach(c -> b.add(c, Occur.SHOULD));
        return b.build();
    }

    /** The highest document frequency among the clause's terms (a synonym clause is as common as its commonest). */
    private static long maxDocFreq(Query leaf, IndexReader reader) throws IOException {
        Set<Term> terms = new HashSet<>();
        leaf.visit(QueryVisitor.termCollector(terms));
        long max = 0;
        for (Term t : terms) {
            max = Math.max(max, reader.docFreq(t));
        }
        return max;
    }
}
