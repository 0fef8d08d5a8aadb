package io.techmatch.evaluation.metrics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes the two TREC formats. Qrels: {@code qid iter docid grade}. Run: {@code qid Q0 docid rank score
 * tag}. Fields are separated by any whitespace. Like trec_eval, reading a run ignores the rank column and orders
 * each query by score (descending), ties by doc id descending.
 */
public final class TrecFiles {
    private TrecFiles() {
    }

    public static Qrels readQrels(Path file) {
        Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
        forEachRow(file, 4, f -> judgments.computeIfAbsent(f[0], q -> new LinkedHashMap<>())
                .put(f[2], Integer.parseInt(f[3])));
        return new Qrels(judgments);
    }

    public static Run readRun(Path file) {
        Map<String, List<ScoredDoc>> rankings = new LinkedHashMap<>();
        String[] tag = {""};
        forEachRow(file, 6, f -> {
            rankings.computeIfAbsent(f[0], q -> new ArrayList<>()).add(new ScoredDoc(f[2], Double.parseDouble(f[4])));
            tag[0] = f[5];
        });
        Comparator<ScoredDoc> trecOrder = Comparator.comparingDouble(ScoredDoc::score).reversed()
                .thenComparing(ScoredDoc::docId, Comparator.reverseOrder());
        rankings.values().forEach(list -> list.sort(trecOrder));
        return new Run(tag[0], rankings);
    }

    /** Writes the top {@code depth} of each query, ranks from 1, in the run's order. */
    public static void writeRun(Run run, Path file, int depth) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, List<ScoredDoc>> e : run.rankings().entrySet()) {
                    List<ScoredDoc> docs = e.getValue();
                    for (int i = 0; i < Math.min(depth, docs.size()); i++) {
                        out.write(String.format(Locale.ROOT, "%s Q0 %s %d %.6f %s%n",
                                e.getKey(), docs.get(i).docId(), i + 1, docs.get(i).score(), run.tag()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run file " + file, e);
        }
    }

    public static void writeQrels(Qrels qrels, Path file) {
        List<String> lines = new ArrayList<>();
        qrels.judgments().forEach((q, docs) -> docs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(d -> lines.add(q + " 0 " + d.getKey() + " " + d.getValue())));
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write qrels file " + file, e);
        }
    }

    private static void forEachRow(Path file, int columns, java.util.function.Consumer<String[]> row) {
        try {
            int lineNo = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                if (f.length < columns) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": expected " + columns
                            + " columns, found " + f.length + ": " + line);
                }
                row.accept(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
