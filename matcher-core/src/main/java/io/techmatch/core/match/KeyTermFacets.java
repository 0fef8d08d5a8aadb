package io.techmatch.core.match;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facets of a need from its key terms. Terms are noun phrases of the text (runs of HanLP noun-like words, so that
 * 硅碳负极材料 stays one term), ranked by the TextRank weight of their words. Terms are then clustered by
 * co-occurrence in the evidence: two terms belong to one facet when the documents that match them overlap (average
 * linkage over Jaccard similarity of their document sets), so 正极材料 and 负极材料 of one demand can form a
 * materials facet while 荷电状态估计 forms its own. Terms no evidence document matches are left out: no partner can
 * cover them.
 */
final class KeyTermFacets {
    static final int MAX_TERMS = 8;
    /** Average Jaccard overlap of two clusters' document sets at or above which they merge. */
    static final double MIN_OVERLAP = 0.2;
    private static final int MAX_TERM_CHARS = 12;
    /** Generic verbs of demand texts that HanLP tags as nouns (vn) and that would glue phrases together. */
    private static final Set<String> BREAKERS = Set.of("进行", "开发", "需要", "利用", "提升", "提高", "实现", "研究",
            "研发", "攻关", "采用", "开展", "解决", "合作", "寻求", "技术合作", "应用", "针对", "面向");

    /** A facet: its terms, best first, and the union of their evidence documents. */
    record Cluster(List<String> terms, Set<String> docs) {
    }

    private KeyTermFacets() {
    }

    /** Up to {@link #MAX_TERMS} noun phrases of the text, best first (ties by first occurrence). */
    static List<String> keyTerms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Map<String, Float> rank = new TextRankKeyword().getTermAndRank(text, 100);
        Map<String, Double> phrases = new LinkedHashMap<>();
        List<Term> run = new ArrayList<>();
        for (Term t : HanLP.segment(text)) {
            if (nounLike(t) && !BREAKERS.contains(t.word)) {
                run.add(t);
            } else {
                addPhrase(run, rank, phrases);
                run.clear();
            }
        }
        addPhrase(run, rank, phrases);
        List<String> order = new ArrayList<>(phrases.keySet());
        return phrases.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(e -> order.indexOf(e.getKey())))
                .map(Map.Entry::getKey).limit(MAX_TERMS).toList();
    }

    private static boolean nounLike(Term t) {
        String n = t.nature == null ? "" : t.nature.toString();
        return n.startsWith("n") || n.startsWith("g") || n.equals("vn") || n.equals("b");
    }

    private static void addPhrase(List<Term> run, Map<String, Float> rank, Map<String, Double> phrases) {
        StringBuilder sb = new StringBuilder();
        double score = 0;
        for (Term t : run) {
            sb.append(t.word);
            score += rank.getOrDefault(t.word, 0f);
        }
        String phrase = sb.toString();
        if (phrase.length() >= 2 && phrase.length() <= MAX_TERM_CHARS) {
            phrases.merge(phrase, score, Math::max);
        }
    }

    /**
     * Agglomerative clustering of terms (given best first) by their documents; clusters ordered by their best
     * term, at most {@code maxClusters} kept. Deterministic: ties merge the earliest pair.
     */
    static List<Cluster> cluster(Map<String, Set<String>> docsByTerm, int maxClusters) {
        List<List<String>> clusters = new ArrayList<>();
        docsByTerm.forEach((term, docs) -> {
            if (!docs.isEmpty()) {
                clusters.add(new ArrayList<>(List.of(term)));
            }
        });
        while (clusters.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = MIN_OVERLAP;
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double s = averageJaccard(clusters.get(a), clusters.get(b), docsByTerm);
                    if (s >= best && (bestA < 0 || s > best)) {
                        best = s;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            clusters.get(bestA).addAll(clusters.remove(bestB));
        }
        List<String> order = List.copyOf(docsByTerm.keySet());
        clusters.forEach(c -> c.sort(Comparator.comparingInt(order::indexOf)));
        clusters.sort(Comparator.comparingInt(c -> order.indexOf(c.get(0))));
        return clusters.stream().limit(maxClusters).map(c -> {
            Set<String> docs = new HashSet<>();
            c.forEach(t -> docs.addAll(docsByTerm.get(t)));
            return new Cluster(List.copyOf(c), Set.copyOf(docs));
        }).toList();
    }

    private static double averageJaccard(List<String> a, List<String> b, Map<String, Set<String>> docs) {
        double sum = 0;
        for (String x : a) {
            for (String y : b) {
                sum += jaccard(docs.get(x), docs.get(y));
            }
        }
        return sum / (a.size() * b.size());
    }

    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / union.size();
    }
}
