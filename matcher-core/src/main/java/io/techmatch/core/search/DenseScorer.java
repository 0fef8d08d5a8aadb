package io.techmatch.core.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;

/**
 * Exact dense scores of a candidate pool against several query vectors at once. KNN gives each document only the
 * score of the vector that found it; a document found by the name's vector must also be scored against the whole
 * text's vector (and the other way round) before the two can be combined, so the pooled candidates' vectors are read
 * back from the index (a few hundred per query) and compared with each query vector.
 */
final class DenseScorer {
    private DenseScorer() {
    }

    /**
     * Per Lucene doc: {@code sum_j weights[j] * max_p sim(queries[j], passage p)}, with Lucene's cosine score
     * {@code (1 + cos) / 2} (what KNN returns) and passages {@code 0..passages-1}; documents without any vector get 0.
     */
    static Map<Integer, Float> score(IndexSearcher searcher, Collection<Integer> docs, float[][] queries,
                                     double[] weights, int passages) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, float[]> best = new HashMap<>(); // doc -> best score per query vector
        int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().toArray();
        for (int p = 0; p < passages; p++) {
            String field = IndexFields.passageVector(p);
            FloatVectorValues values = null;
            int leafIndex = -1;
            for (int doc : sorted) { // ascending, so each leaf's iterator only moves forward
                int li = ReaderUtil.subIndex(doc, leaves);
                if (li != leafIndex) {
                    leafIndex = li;
                    values = leaves.get(li).reader().getFloatVectorValues(field);
                }
                int local = doc - leaves.get(li).docBase;
                if (values == null || values.docID() > local
                        || (values.docID() != local && values.advance(local) != local)) {
                    continue;
                }
                float[] v = values.vectorValue();
                float[] scores = best.computeIfAbsent(doc, d -> new float[queries.length]);
                for (int j = 0; j < queries.length; j++) {
                    scores[j] = Math.max(scores[j], VectorSimilarityFunction.COSINE.compare(queries[j], v));
                }
            }
        }
        Map<Integer, Float> out = new HashMap<>();
        for (int doc : sorted) {
            float[] scores = best.get(doc);
            double sum = 0;
            for (int j = 0; scores != null && j < queries.length; j++) {
                sum += weights[j] * scores[j];
            }
            out.put(doc, (float) sum);
        }
        return out;
    }
}
