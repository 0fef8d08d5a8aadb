package io.techmatch.evaluation.rank;

import io.techmatch.evaluation.dataset.Dataset;
import io.techmatch.evaluation.dataset.Topic;
import io.techmatch.evaluation.metrics.Evaluation;
import io.techmatch.evaluation.metrics.Metric;
import io.techmatch.evaluation.metrics.Run;
import io.techmatch.evaluation.metrics.ScoredDoc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a ranker over topics into a {@link Run}, and scores it against a dataset's judgments. */
public final class Experiment {
    private static final Logger log = LoggerFactory.getLogger(Experiment.class);
    public static final int RUN_DEPTH = 100;

    private Experiment() {
    }

    public static Run run(Ranker ranker, List<Topic> topics, int depth) {
        long start = System.nanoTime();
        Map<String, List<ScoredDoc>> rankings = new LinkedHashMap<>();
        for (Topic topic : topics) {
            rankings.put(topic.id(), ranker.rank(topic, depth));
        }
        log.info("Ranker {} answered {} topics in {} ms", ranker.name(), topics.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new Run(ranker.name(), rankings);
    }

    /** Ranks the dataset's topics (the ranker never sees the qrels) and scores the run. */
    public static Evaluation evaluate(Dataset dataset, Ranker ranker, List<Metric> metrics) {
        Run run = run(ranker, dataset.topics(), RUN_DEPTH);
        return Evaluation.of(run, dataset.qrels(), dataset.topicIds(), metrics);
    }
}
