package io.techmatch.evaluation.cli;

import io.techmatch.evaluation.dataset.Dataset;
import io.techmatch.evaluation.dataset.Datasets;
import io.techmatch.evaluation.metrics.Evaluation;
import io.techmatch.evaluation.metrics.Metric;
import io.techmatch.evaluation.metrics.Run;
import io.techmatch.evaluation.metrics.Significance;
import io.techmatch.evaluation.metrics.TrecFiles;
import io.techmatch.evaluation.rank.Backends;
import io.techmatch.evaluation.rank.Experiment;
import io.techmatch.evaluation.rank.RankerSession;
import io.techmatch.evaluation.report.SvgCharts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", description = "Rank a dataset's topics and print the metric table.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--dataset", required = true, description = "techmarket, coapplicant or synthetic-partners")
    String dataset;
    @Option(names = "--split", defaultValue = "dev", description = "techmarket split (default: ${DEFAULT-VALUE})")
    String split;
    @Option(names = "--ranker", required = true, split = ",", description = "one or more rankers, comma-separated")
    List<String> rankers;
    @Option(names = "--metrics", split = ",", defaultValue = Tables.DEFAULT_METRICS)
    List<String> metrics;
    @Option(names = "--compare", description = "baseline ranker: paired randomization test and per-query win/loss")
    String baseline;
    @Option(names = "--win-loss-svg", description = "write the per-query nDCG@10 win/loss chart of the first ranker "
            + "against --compare to this file")
    Path winLossSvg;
    @Option(names = "--run-dir", description = "also write each ranker's TREC run file here")
    Path runDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Dataset data = Datasets.load(dataset, split);
        List<Metric> ms = metrics.stream().map(Metric::parse).toList();
        try (RankerSession session = Backends.session(data)) {
            Evaluation base = baseline == null ? null : evaluate(session, data, baseline, ms);
            for (String name : rankers) {
                Evaluation e = evaluate(session, data, name, ms);
                out.print(Tables.metricTable(data, name, e));
                if (base != null) {
                    out.print(Tables.comparison(name, e, baseline, base));
                    if (winLossSvg != null && name.equals(rankers.get(0))) {
                        Metric ndcg = Metric.parse("ndcg@10");
                        Map<String, Double> diff = new java.util.LinkedHashMap<>();
                        e.values(ndcg).forEach((q, v) -> diff.put(q, v - base.values(ndcg).get(q)));
                        Files.writeString(winLossSvg, SvgCharts.winLoss(
                                "nDCG@10 per query: " + name + " − " + baseline + " (" + dataset + ")", diff));
                        out.println("wrote " + winLossSvg);
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    private Evaluation evaluate(RankerSession session, Dataset data, String name, List<Metric> ms) {
        Run run = Experiment.run(session.ranker(name), data.topics(), Experiment.RUN_DEPTH);
        if (runDir != null) {
            TrecFiles.writeRun(run, runDir.resolve(data.name() + "-" + data.split() + "-" + name + ".trec"),
                    Experiment.RUN_DEPTH);
        }
        return Evaluation.of(run, data.qrels(), data.topicIds(), ms);
    }

    static Significance.PairedResult paired(Evaluation a, Evaluation b, Metric m) {
        List<String> queries = List.copyOf(a.perQuery().keySet());
        return Significance.randomization(queries.stream().map(q -> a.values(m).get(q)).toList(),
                queries.stream().map(q -> b.values(m).get(q)).toList(), 9_999, 42);
    }
}
