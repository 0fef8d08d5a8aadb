package io.techmatch.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Query-time synonyms with weights below the original term's 1.0: the project's domain groups
 * ({@code /text/synonyms.txt}) and the equivalence groups ({@code =}) of HanLP's bundled extended HIT Cilin. Cilin's
 * related-word groups ({@code #}) and large groups are left out: they add noise, not recall.
 */
final class SynonymTable {
    static final float DOMAIN_WEIGHT = 0.6f;
    static final float CILIN_WEIGHT = 0.3f;
    /** Cilin groups larger than this mix near-synonyms with loosely related words. */
    private static final int MAX_CILIN_GROUP = 4;
    static final int MAX_PER_TERM = 3;
    static final String DOMAIN_FILE = "/text/synonyms.txt";
    static final String CILIN_FILE = "/data/dictionary/synonym/CoreSynonym.txt";

    record Synonym(String term, float weight) {
    }

    private static volatile SynonymTable instance;
    private final Map<String, List<Synonym>> table;

    private SynonymTable(Map<String, List<Synonym>> table) {
        this.table = table;
    }

    static SynonymTable get() {
        SynonymTable t = instance;
        if (t == null) {
            synchronized (SynonymTable.class) {
                if (instance == null) {
                    instance = load();
                }
                t = instance;
            }
        }
        return t;
    }

    List<Synonym> synonyms(String term) {
        return table.getOrDefault(term, List.of());
    }

    /** Every term named in the domain synonym groups: they are added to the dictionary so each is one token. */
    static Set<String> domainTerms() {
        Set<String> terms = new LinkedHashSet<>();
        for (String line : Resources.lines(DOMAIN_FILE)) {
            for (String t : line.split(",")) {
                terms.add(normalize(t));
            }
        }
        return terms;
    }

    private static SynonymTable load() {
        Map<String, List<Synonym>> map = new HashMap<>();
        for (String line : Resources.lines(DOMAIN_FILE)) {
            addGroup(map, List.of(line.split(",")), DOMAIN_WEIGHT);
        }
        for (String line : Resources.lines(CILIN_FILE)) {
            String[] parts = line.split("\\s+");
            if (parts.length >= 3 && parts.length - 1 <= MAX_CILIN_GROUP && parts[0].endsWith("=")) {
                addGroup(map, List.of(parts).subList(1, parts.length), CILIN_WEIGHT);
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v.subList(0, Math.min(MAX_PER_TERM, v.size()))));
        return new SynonymTable(Map.copyOf(map));
    }

    private static void addGroup(Map<String, List<Synonym>> map, List<String> group, float weight) {
        List<String> terms = group.stream().map(SynonymTable::normalize).filter(t -> t.length() > 1).distinct().toList();
        for (String term : terms) {
            List<Synonym> list = map.computeIfAbsent(term, k -> new ArrayList<>());
            for (String other : terms) {
                if (!other.equals(term) && list.stream().noneMatch(s -> s.term().equals(other))) {
                    list.add(new Synonym(other, weight));
                }
            }
        }
    }

    static String normalize(String term) {
        char[] chars = term.strip().toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = HanLPTokenizer.normalize(chars[i]);
        }
        return new String(chars);
    }
}
