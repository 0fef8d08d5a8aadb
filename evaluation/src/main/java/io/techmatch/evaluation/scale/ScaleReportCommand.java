package io.techmatch.evaluation.scale;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techmatch-eval scale-report}: the scale table, the growth per ×10 data and a log-log SVG from load CSVs. */
@Command(name = "scale-report", mixinStandardHelpOptions = true,
        description = "Markdown table, growth per x10 data and an SVG plot from the CSV written by 'load --csv'.")
public final class ScaleReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, description = "CSV appended by 'load --csv'")
    Path csv;
    @Option(names = "--kind", defaultValue = "all", description = "request kind to report (default ${DEFAULT-VALUE})")
    String kind;
    @Option(names = "--label-prefix", defaultValue = "scale", description = "only runs whose label starts with this (default ${DEFAULT-VALUE})")
    String labelPrefix;
    @Option(names = "--svg", description = "write the p95 log-log plot here")
    Path svg;

    @Override
    public Integer call() throws Exception {
        ScaleTable table = ScaleTable.readCsv(csv, kind, labelPrefix);
        spec.commandLine().getOut().print(table.markdown());
        spec.commandLine().getOut().flush();
        if (svg != null) {
            Files.writeString(svg, GrowthChart.svg("p95 latency of " + kind + " requests vs synthetic graph size",
                    "p95 ms", table, ScalePoint::p95), StandardCharsets.UTF_8);
        }
        return table.points().isEmpty() ? 1 : 0;
    }
}
