package io.techmatch.evaluation.cli;

import io.techmatch.evaluation.dataset.Dataset;
import io.techmatch.evaluation.dataset.Datasets;
import io.techmatch.evaluation.dataset.TechmarketDataset;
import io.techmatch.evaluation.dataset.Topic;
import io.techmatch.evaluation.metrics.Run;
import io.techmatch.evaluation.metrics.TrecFiles;
import io.techmatch.evaluation.rank.Backends;
import io.techmatch.evaluation.rank.Experiment;
import io.techmatch.evaluation.rank.RankerSession;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", description = "Write a TREC run file (qid Q0 docid rank score tag, top 100) for a topics file "
        + "with the columns of topics-dev.tsv, ranked over a dataset's corpus.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--topics", required = true, description = "id<TAB>name<TAB>text")
    Path topics;
    @Option(names = "--out", required = true)
    Path out;
    @Option(names = "--ranker", required = true)
    String ranker;
    @Option(names = "--dataset", defaultValue = "techmarket", description = "whose corpus to rank (default: ${DEFAULT-VALUE})")
    String dataset;
    @Option(names = "--depth", defaultValue = "100")
    int depth;

    @Override
    public Integer call() {
        List<Topic> queries = TechmarketDataset.readTopics(topics);
        // only the corpus of the dataset is used: the given topics replace its own, its qrels are never read
        Dataset data = Datasets.load(dataset, "dev");
        try (RankerSession session = Backends.session(data)) {
            Run run = Experiment.run(session.ranker(ranker), queries, depth);
            TrecFiles.writeRun(run, out, depth);
            spec.commandLine().getOut().printf("wrote %d topics to %s (ranker %s, depth %d)%n", queries.size(), out,
                    ranker, depth);
        }
        return 0;
    }
}
