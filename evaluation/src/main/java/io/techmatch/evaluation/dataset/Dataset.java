package io.techmatch.evaluation.dataset;

import io.techmatch.evaluation.metrics.Qrels;
import java.util.List;

/**
 * A judged benchmark: topics, judgments and the corpus the rankers see. {@code checksum} identifies the exact
 * input (files or generator output) so that a regression fails loudly when the data changed under it.
 */
public record Dataset(String name, String split, List<Topic> topics, Qrels qrels, Corpus corpus, String checksum) {
    public Dataset {
        topics = List.copyOf(topics);
    }

    public List<String> topicIds() {
        return topics.stream().map(Topic::id).toList();
    }
}
