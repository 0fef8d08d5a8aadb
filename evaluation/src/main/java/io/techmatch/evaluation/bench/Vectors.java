package io.techmatch.evaluation.bench;

import io.techmatch.core.search.EvidenceDocument;
import io.techmatch.core.search.EvidenceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Real document vectors (through the index's embedding cache) and noisy copies of them for synthetic corpora. */
final class Vectors {
    private Vectors() {
    }

    /**
     * Title embeddings of up to {@code max} techmarket documents: realistic points of the embedding space for the
     * synthetic corpus to scatter around (exact document vectors are not needed for a latency measurement).
     */
    static List<float[]> sample(EvidenceIndex index, List<EvidenceDocument> docs, int max) {
        List<float[]> out = new ArrayList<>();
        for (EvidenceDocument d : docs.subList(0, Math.min(max, docs.size()))) {
            float[] v = index.embedQuery(d.title());
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** A unit vector near {@code base}: base plus Gaussian noise, normalized. */
    static float[] perturb(float[] base, Random random) {
        float[] v = new float[base.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (base[i] + random.nextGaussian() * 0.02);
            norm += v[i] * v[i];
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return v;
    }
}
