package io.techmatch.core.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * Dense pseudo-relevance feedback: the query vector moved towards the centroid of the first-passage vectors of the
 * top documents (Rocchio without negatives), read back from the index, so nothing is embedded again.
 */
final class DenseFeedback {
    private DenseFeedback() {
    }

    /** {@code normalize(query + weight * mean(doc vectors))}; the query itself when no document has a vector. */
    static float[] rocchio(IndexSearcher searcher, float[] query, int[] docs, double weight) throws IOException {
        float[] centroid = new float[query.length];
        int found = 0;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
            if (values != null && values.advance(doc - leaf.docBase) == doc - leaf.docBase) {
                float[] v = values.vectorValue();
                for (int i = 0; i < centroid.length; i++) {
                    centroid[i] += v[i];
                }
                found++;
            }
        }
        if (found == 0) {
            return query;
        }
        float[] out = new float[query.length];
        double norm = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (query[i] + weight * centroid[i] / found);
            norm += out[i] * out[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < out.length; i++) {
            out[i] *= scale;
        }
        return out;
    }
}
