package io.techmatch.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain SVG written from string templates: no library, no fonts embedded, deterministic output (so a generated
 * chart can be checked for staleness like the markdown).
 */
public final class SvgCharts {
    private static final String[] COLORS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
        "#b07aa1", "#ff9da7"};

    private SvgCharts() {
    }

    /** Grouped bars: one group per dataset, one bar per ranker, values in [0, 1]. */
    public static String groupedBars(String title, Map<String, Map<String, Double>> valuesByGroup) {
        List<String> series = new ArrayList<>();
        valuesByGroup.values().forEach(m -> m.keySet().forEach(s -> {
            if (!series.contains(s)) {
                series.add(s);
            }
        }));
        int bar = 18;
        int gap = 30;
        int left = 50;
        int top = 40;
        int height = 220;
        int groupWidth = Math.max(1, series.size()) * bar;
        int width = left + valuesByGroup.size() * (groupWidth + gap) + 160;
        StringBuilder b = header(width, top + height + 60, title);
        axis(b, left, top, height, width - 160);
        int x = left + gap / 2;
        for (Map.Entry<String, Map<String, Double>> group : valuesByGroup.entrySet()) {
            for (int i = 0; i < series.size(); i++) {
                Double v = group.getValue().get(series.get(i));
                if (v == null) {
                    continue;
                }
                int h = (int) Math.round(v * height);
                b.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s %s %.4f</title></rect>%n",
                        x + i * bar, top + height - h, bar - 2, h, COLORS[i % COLORS.length], esc(group.getKey()),
                        esc(series.get(i)), v));
            }
            b.append(text(x + groupWidth / 2, top + height + 18, "middle", group.getKey()));
            x += groupWidth + gap;
        }
        for (int i = 0; i < series.size(); i++) {
            int y = top + i * 18;
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                    width - 150, y, COLORS[i % COLORS.length]));
            b.append(text(width - 132, y + 10, "start", series.get(i)));
        }
        return b.append("</svg>\n").toString();
    }

    /**
     * Per-query win/loss: one bar per query, the difference A − B of a metric, sorted from the largest win to the
     * largest loss; wins green, losses red, ties a grey tick.
     */
    public static String winLoss(String title, Map<String, Double> differenceByQuery) {
        List<Map.Entry<String, Double>> rows = new ArrayList<>(differenceByQuery.entrySet());
        rows.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int bar = 10;
        int left = 50;
        int top = 40;
        int half = 110;
        int width = left + Math.max(1, rows.size()) * bar + 40;
        StringBuilder b = header(width, top + 2 * half + 50, title);
        int zero = top + half;
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                left, zero, width - 20, zero));
        b.append(text(left - 6, top + 4, "end", "+1")).append(text(left - 6, zero + 4, "end", "0"))
                .append(text(left - 6, top + 2 * half + 4, "end", "−1"));
        long wins = rows.stream().filter(e -> e.getValue() > 0).count();
        long losses = rows.stream().filter(e -> e.getValue() < 0).count();
        for (int i = 0; i < rows.size(); i++) {
            double d = rows.get(i).getValue();
            int h = Math.max(1, (int) Math.round(Math.abs(d) * half));
            String color = d > 0 ? "#59a14f" : d < 0 ? "#e15759" : "#bbbbbb";
            b.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s %+.4f</title></rect>%n",
                    left + i * bar, d >= 0 ? zero - h : zero, bar - 1, h, color, esc(rows.get(i).getKey()), d));
        }
        b.append(text(left, top + 2 * half + 30, "start",
                wins + " wins, " + losses + " losses, " + (rows.size() - wins - losses) + " ties"));
        return b.append("</svg>\n").toString();
    }

    private static StringBuilder header(int width, int height, String title) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n", width, height, width, height));
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        b.append(text(width / 2, 20, "middle", title).replace("font-size=\"11\"", "font-size=\"14\""));
        return b;
    }

    private static void axis(StringBuilder b, int left, int top, int height, int right) {
        for (int i = 0; i <= 4; i++) {
            int y = top + height - i * height / 4;
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>%n",
                    left, y, right, y));
            b.append(text(left - 6, y + 4, "end", String.format(Locale.ROOT, "%.2f", i / 4.0)));
        }
    }

    private static String text(int x, int y, String anchor, String s) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"11\">%s</text>%n",
                x, y, anchor, esc(s));
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
