package io.techmatch.evaluation.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Real Chinese IPC group titles per subclass, from {@code ipc/ipc-zh.tsv}: the words of the synthetic patents and
 * needs. The subclasses are picked deterministically: among those with at least 40 group titles, every n-th in
 * code order so that all sections are represented.
 */
final class IpcVocabulary {
    private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]*[）)]");
    private final Map<String, List<String[]>> groups;

    IpcVocabulary(Map<String, List<String[]>> groups) {
        this.groups = groups;
    }

    static IpcVocabulary load(Path tsv, int count) {
        Map<String, List<String[]>> all = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length < 4 || !(f[1].equals("main_group") || f[1].equals("subgroup")) || f[0].length() < 5) {
                    continue;
                }
                // titles of subgroups often start with a dash-less fragment; keep the clean, short ones
                String title = BRACKETED.matcher(f[3]).replaceAll("").replace(" ", "").trim();
                if (title.length() >= 4 && title.length() <= 24) {
                    all.computeIfAbsent(f[0].substring(0, 4), k -> new ArrayList<>()).add(new String[] {f[0], title});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        List<String> rich = all.entrySet().stream().filter(e -> e.getValue().size() >= 40).map(Map.Entry::getKey)
                .sorted().toList();
        Map<String, List<String[]>> chosen = new LinkedHashMap<>();
        int step = Math.max(1, rich.size() / count);
        for (int i = 0; i < rich.size() && chosen.size() < count; i += step) {
            chosen.put(rich.get(i), all.get(rich.get(i)));
        }
        return new IpcVocabulary(chosen);
    }

    List<String> subclasses() {
        return List.copyOf(groups.keySet());
    }

    String phrase(String subclass, SplittableRandom random) {
        List<String[]> g = groups.get(subclass);
        return g.get(random.nextInt(g.size()))[1];
    }

    String groupCode(String subclass, SplittableRandom random) {
        List<String[]> g = groups.get(subclass);
        return g.get(random.nextInt(g.size()))[0];
    }
}
