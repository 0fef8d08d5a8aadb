package io.techmatch.evaluation.scale;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A log-log line chart of one figure against the number of patents, one line per client count: on log-log axes a
 * straight line is a power law, and its slope per decade is the growth per ×10 data. Plain, deterministic SVG.
 */
final class GrowthChart {
    private static final String[] COLORS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f"};
    private static final int LEFT = 70;
    private static final int TOP = 40;
    private static final int WIDTH = 420;
    private static final int HEIGHT = 260;

    private GrowthChart() {
    }

    static String svg(String title, String unit, ScaleTable table, ToDoubleFunction<ScalePoint> figure) {
        List<ScalePoint> points = table.points().stream().filter(p -> figure.applyAsDouble(p) > 0).toList();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n"
                        + "<text x=\"%d\" y=\"20\" font-size=\"14\">%s</text>%n", LEFT + WIDTH + 140, TOP + HEIGHT + 50,
                LEFT, esc(title)));
        if (points.isEmpty()) {
            return b.append("</svg>\n").toString();
        }
        double xMin = Math.floor(Math.log10(points.stream().mapToLong(ScalePoint::patents).min().orElseThrow()));
        double xMax = Math.max(xMin + 1, Math.ceil(Math.log10(points.stream().mapToLong(ScalePoint::patents).max().orElseThrow())));
        double yMin = Math.floor(Math.log10(points.stream().mapToDouble(figure).min().orElseThrow()));
        double yMax = Math.max(yMin + 1, Math.ceil(Math.log10(points.stream().mapToDouble(figure).max().orElseThrow())));
        b.append(String.format(Locale.ROOT, "<path d=\"M%d %d V%d H%d\" stroke=\"#333\" fill=\"none\"/>%n",
                LEFT, TOP, TOP + HEIGHT, LEFT + WIDTH));
        for (double d = xMin; d <= xMax; d++) {
            int x = x(d, xMin, xMax);
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x,
                    TOP + HEIGHT + 16, label(Math.pow(10, d))));
        }
        for (double d = yMin; d <= yMax; d++) {
            int y = y(d, yMin, yMax);
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n"
                    + "<path d=\"M%d %d H%d\" stroke=\"#ddd\"/>%n", LEFT - 6, y + 4, label(Math.pow(10, d)), LEFT, y,
                    LEFT + WIDTH));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">patents (log scale)</text>%n"
                + "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">%s (log scale)</text>%n",
                LEFT + WIDTH / 2, TOP + HEIGHT + 36, TOP + HEIGHT / 2, TOP + HEIGHT / 2, esc(unit)));
        List<Integer> clients = table.clientCounts();
        for (int i = 0; i < clients.size(); i++) {
            int c = clients.get(i);
            String color = COLORS[i % COLORS.length];
            StringBuilder path = new StringBuilder();
            for (ScalePoint p : points.stream().filter(p -> p.clients() == c).toList()) {
                int x = x(Math.log10(p.patents()), xMin, xMax);
                int y = y(Math.log10(figure.applyAsDouble(p)), yMin, yMax);
                path.append(path.isEmpty() ? "M" : " L").append(x).append(' ').append(y);
                b.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"%s\"><title>%,d patents, %d"
                        + " clients: %.1f</title></circle>%n", x, y, color, p.patents(), c, figure.applyAsDouble(p)));
            }
            b.append(String.format(Locale.ROOT, "<path d=\"%s\" stroke=\"%s\" fill=\"none\" stroke-width=\"2\"/>%n", path, color));
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n"
                    + "<text x=\"%d\" y=\"%d\">%d client%s</text>%n", LEFT + WIDTH + 20, TOP + i * 18, color,
                    LEFT + WIDTH + 38, TOP + i * 18 + 10, c, c == 1 ? "" : "s"));
        }
        return b.append("</svg>\n").toString();
    }

    private static int x(double log, double min, double max) {
        return LEFT + (int) Math.round((log - min) / (max - min) * WIDTH);
    }

    private static int y(double log, double min, double max) {
        return TOP + HEIGHT - (int) Math.round((log - min) / (max - min) * HEIGHT);
    }

    private static String label(double v) {
        if (v >= 1_000_000) {
            return String.format(Locale.ROOT, "%.0fM", v / 1_000_000);
        }
        if (v >= 1_000) {
            return String.format(Locale.ROOT, "%.0fk", v / 1_000);
        }
        return v >= 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2g", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
