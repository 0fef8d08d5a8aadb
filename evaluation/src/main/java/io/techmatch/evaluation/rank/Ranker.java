package io.techmatch.evaluation.rank;

import io.techmatch.evaluation.dataset.Topic;
import io.techmatch.evaluation.metrics.ScoredDoc;
import java.util.List;

/**
 * Ranks the candidates of a corpus (documents or organizations, by the corpus level) for one topic, best first,
 * at most {@code depth} of them. A ranker is built from a {@link io.techmatch.evaluation.dataset.Corpus}, which holds
 * no judgments, so no ranker can read qrels.
 */
public interface Ranker {
    String name();

    List<ScoredDoc> rank(Topic topic, int depth);
}
