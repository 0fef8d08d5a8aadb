package io.techmatch.evaluation.cli;

import io.techmatch.evaluation.metrics.Evaluation;
import io.techmatch.evaluation.metrics.Metric;
import io.techmatch.evaluation.metrics.Qrels;
import io.techmatch.evaluation.metrics.TrecFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "score", description = "Score any TREC run file against any TREC qrels file.")
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--run", required = true)
    Path run;
    @Option(names = "--qrels", required = true)
    Path qrels;
    @Option(names = "--metrics", split = ",", defaultValue = Tables.DEFAULT_METRICS)
    List<String> metrics;

    @Override
    public Integer call() {
        Qrels judged = TrecFiles.readQrels(qrels);
        Evaluation e = Evaluation.of(TrecFiles.readRun(run), judged, metrics.stream().map(Metric::parse).toList());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "run=%s qrels=%s  judged queries=%d evaluated=%d excluded(no relevant)=%d%n", run, qrels,
                judged.queryIds().size(), e.evaluatedCount(), e.excluded().size());
        out.print(Tables.scores(e));
        out.flush();
        return 0;
    }
}
