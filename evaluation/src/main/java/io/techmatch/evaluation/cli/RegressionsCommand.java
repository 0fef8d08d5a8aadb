package io.techmatch.evaluation.cli;

import io.techmatch.evaluation.dataset.Datasets;
import io.techmatch.evaluation.regression.RegressionRunner;
import io.techmatch.evaluation.regression.RegressionSpec;
import io.techmatch.evaluation.regression.RegressionYaml;
import io.techmatch.evaluation.report.EvaluationReport;
import io.techmatch.evaluation.rank.Backends;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "regressions", description = "Run the regression YAMLs; --record writes this run's values back "
        + "(review the diff before committing) and regenerates docs/evaluation.md and its chart.")
final class RegressionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--dir", defaultValue = "evaluation/src/main/resources/regressions")
    Path dir;
    @Option(names = "--only", split = ",", description = "regression names to run (default: all)")
    List<String> only;
    @Option(names = "--ci-only", description = "only the regressions marked ci: true")
    boolean ciOnly;
    @Option(names = "--record", description = "write the measured values into the YAML files")
    boolean record;
    @Option(names = "--docs-root", defaultValue = ".", description = "repository root for docs/ (default: ${DEFAULT-VALUE})")
    Path docsRoot;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<RegressionSpec> specs = RegressionYaml.loadDir(dir).stream()
                .filter(s -> !ciOnly || s.ci()).filter(s -> only == null || only.contains(s.name())).toList();
        List<RegressionRunner.Outcome> outcomes = new RegressionRunner(Datasets::load, Backends::session).run(specs);
        int failed = 0;
        for (RegressionRunner.Outcome o : outcomes) {
            out.println((o.passed() ? "OK     " : "FAILED ") + o.spec().name() + " " + o.actual());
            o.failures().forEach(f -> out.println("         " + f));
            failed += o.passed() ? 0 : 1;
            if (record) {
                Files.writeString(dir.resolve(o.spec().fileName()), RegressionYaml.format(o.recorded()),
                        StandardCharsets.UTF_8);
            }
        }
        if (record) {
            List<RegressionSpec> all = RegressionYaml.loadDir(dir);
            Files.writeString(docsRoot.resolve(EvaluationReport.DOC), EvaluationReport.markdown(all), StandardCharsets.UTF_8);
            Files.writeString(docsRoot.resolve(EvaluationReport.CHART), EvaluationReport.ndcgChart(all),
                    StandardCharsets.UTF_8);
            for (String dataset : outcomes.stream().map(o -> o.spec().dataset()).distinct().toList()) {
                var chart = EvaluationReport.winLossChart(dataset, outcomes);
                if (chart.isPresent()) {
                    Path file = docsRoot.resolve("docs/evaluation-winloss-" + dataset + ".svg");
                    Files.writeString(file, chart.get(), StandardCharsets.UTF_8);
                    out.println("wrote " + file);
                }
            }
            out.println("recorded " + outcomes.size() + " regressions and regenerated " + EvaluationReport.DOC);
            return 0;
        }
        out.println(outcomes.size() - failed + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
