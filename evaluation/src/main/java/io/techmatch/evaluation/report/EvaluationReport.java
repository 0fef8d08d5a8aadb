package io.techmatch.evaluation.report;

import io.techmatch.evaluation.regression.RegressionSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates docs/evaluation.md and its nDCG@10 chart from the regression YAML, so that the numbers in the docs
 * are the recorded ones. The prose lives in the template resource; a test fails when the checked-in files differ
 * from what this produces.
 */
public final class EvaluationReport {
    public static final String DOC = "docs/evaluation.md";
    public static final String CHART = "docs/evaluation-ndcg10.svg";
    static final String TEMPLATE = "/report/evaluation-template.md";
    static final List<String> COLUMNS = List.of("ndcg@10", "judged@10", "mrr", "recall@10", "recall@100", "map", "p@10");

    private EvaluationReport() {
    }

    public static String markdown(List<RegressionSpec> specs) {
        return template().replace("{{TABLE}}", table(specs)).replace("{{CHART}}", CHART.substring("docs/".length()));
    }

    public static String ndcgChart(List<RegressionSpec> specs) {
        Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
        for (RegressionSpec s : specs) {
            Double v = s.expected().get("ndcg@10");
            if (v != null) {
                groups.computeIfAbsent(s.dataset(), d -> new LinkedHashMap<>()).put(s.ranker(), v);
            }
        }
        return SvgCharts.groupedBars("nDCG@10 per ranker per dataset (recorded regressions)", groups);
    }

    /**
     * Per-query nDCG@10 win/loss of techmatch against the best other ranker (highest mean nDCG@10) of the same
     * dataset, from one run of the regressions; empty when the run had no techmatch outcome for the dataset.
     */
    public static java.util.Optional<String> winLossChart(String dataset,
            List<io.techmatch.evaluation.regression.RegressionRunner.Outcome> outcomes) {
        io.techmatch.evaluation.metrics.Metric ndcg = io.techmatch.evaluation.metrics.Metric.parse("ndcg@10");
        List<io.techmatch.evaluation.regression.RegressionRunner.Outcome> mine = outcomes.stream()
                .filter(o -> o.spec().dataset().equals(dataset)).toList();
        var tm = mine.stream().filter(o -> o.spec().ranker().equals("techmatch")).findFirst();
        var best = mine.stream().filter(o -> !o.spec().ranker().equals("techmatch"))
                .max(java.util.Comparator.comparingDouble(o -> o.evaluation().mean(ndcg)));
        if (tm.isEmpty() || best.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, Double> a = tm.get().evaluation().values(ndcg);
        Map<String, Double> b = best.get().evaluation().values(ndcg);
        Map<String, Double> diff = new LinkedHashMap<>();
        a.forEach((q, v) -> diff.put(q, v - b.getOrDefault(q, 0.0)));
        return java.util.Optional.of(SvgCharts.winLoss("nDCG@10 per query, " + dataset + ": techmatch − "
                + best.get().spec().ranker() + " (best baseline)", diff));
    }

    static String table(List<RegressionSpec> specs) {
        StringBuilder b = new StringBuilder("| dataset | ranker | CI |");
        COLUMNS.forEach(c -> b.append(' ').append(c).append(" |"));
        b.append(" topics (evaluated / excluded) | checksum |\n|---|---|---|");
        COLUMNS.forEach(c -> b.append("---:|"));
        b.append("---|---|\n");
        for (RegressionSpec s : specs) {
            b.append("| ").append(s.dataset()).append(' ').append(s.split()).append(" | ").append(s.ranker())
                    .append(" | ").append(s.ci() ? "yes" : "no").append(" |");
            for (String c : COLUMNS) {
                Double v = s.expected().get(c);
                b.append(' ').append(v == null ? "–" : String.format(Locale.ROOT, "%.4f", v)).append(" |");
            }
            b.append(' ').append(s.corpus().getOrDefault("evaluated", 0)).append(" / ")
                    .append(s.corpus().getOrDefault("excluded", 0)).append(" | `").append(s.checksum()).append("` |\n");
        }
        b.append('\n');
        specs.stream().filter(s -> !s.note().isEmpty())
                .forEach(s -> b.append("- `").append(s.name()).append("`: ").append(s.note()).append('\n'));
        return b.toString();
    }

    private static String template() {
        try (InputStream in = EvaluationReport.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
