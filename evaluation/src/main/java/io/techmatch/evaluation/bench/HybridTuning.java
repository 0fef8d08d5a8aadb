package io.techmatch.evaluation.bench;

import io.techmatch.core.search.EmbeddingModel;
import io.techmatch.core.search.EvidenceHit;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.FusionMethod;
import io.techmatch.core.search.FusionSettings;
import io.techmatch.core.search.IndexSettings;
import io.techmatch.core.search.QueryVectors;
import io.techmatch.core.search.RetrievalMode;
import io.techmatch.core.search.SearchQuery;
import io.techmatch.evaluation.dataset.Dataset;
import io.techmatch.evaluation.dataset.Datasets;
import io.techmatch.evaluation.dataset.Topic;
import io.techmatch.evaluation.metrics.Metrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Chooses retrieval settings by k-fold cross-validation over the judged topics, so that a reported gain is not the
 * product of fitting the very queries it is measured on. Every variant runs through the product's
 * {@link EvidenceIndex}; for each fold the best variant on the other folds is scored on that fold, and the mean over
 * all held-out queries is the CV figure. Printed beside each variant's full-split mean (which is optimistic).
 *
 * <pre>
 * ./mvnw -B -o -pl evaluation exec:java -Dexec.mainClass=io.techmatch.evaluation.bench.HybridTuning \
 *     -Dexec.args="[--dataset techmarket] [--split dev] [--folds 5] [--seed 20261122] [--models QUANTIZED,FULL]"
 * </pre>
 */
public final class HybridTuning {
    private static final int K = 10;
    /**
     * Only the top {@link #K} is scored, so only that many hits are asked for (no snippets beyond them); each side
     * of a hybrid query still retrieves {@code candidateDepth} (100) before fusing, so the top 10 is the same.
     */
    private static final int LIMIT = K;
    private static final int DEPTH = 100;
    /** Weights of the name's vector in the dense score tried (the whole text's vector has the rest). */
    private static final double[] NAME_WEIGHTS = {0.2, 0.35, 0.5};

    private HybridTuning() {
    }

    /** A named setting and the family of alternatives it is chosen among; {@code model}: the index it runs on. */
    record Variant(String family, String name, RetrievalMode mode, FusionSettings settings, EmbeddingModel model) {
        Variant(String family, String name, RetrievalMode mode, FusionSettings settings) {
            this(family, name, mode, settings, EmbeddingModel.QUANTIZED);
        }
    }

    public static void main(String[] args) {
        String dataset = arg(args, "--dataset", "techmarket");
        String split = arg(args, "--split", "dev");
        int folds = Integer.parseInt(arg(args, "--folds", "5"));
        long seed = Long.parseLong(arg(args, "--seed", "20261122"));
        Dataset data = Datasets.load(dataset, split);
        List<Topic> topics = data.topics().stream().filter(t -> data.qrels().hasRelevant(t.id())).toList();
        List<EmbeddingModel> models = List.of(arg(args, "--models", "QUANTIZED,FULL").split(",")).stream()
                .map(String::strip).map(EmbeddingModel::valueOf).toList();
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "techmatch", "embeddings");
        Map<EmbeddingModel, EvidenceIndex> indexes = new LinkedHashMap<>();
        try {
            Map<EmbeddingModel, Map<String, QueryVectors>> vectors = new LinkedHashMap<>();
            for (EmbeddingModel model : models) {
                // the quantized index keeps 4 passage vectors for the passage variants; passages did not help (see
                // docs/retrieval.md), so the full model's index has the first passage only
                int passages = model == EmbeddingModel.QUANTIZED ? 4 : 1;
                EvidenceIndex index = EvidenceIndex.open(new IndexSettings(null, true, model, cache,
                        FusionSettings.defaults(), passages));
                indexes.put(model, index);
                long start = System.nanoTime();
                index.upsert(data.corpus().documents());
                System.out.printf("%s: indexed %d documents (%d newly embedded texts) in %.1f s%n", model.modelName(),
                        index.stats().documents(), index.stats().embedded(), (System.nanoTime() - start) / 1e9);
                Map<String, QueryVectors> perTopic = new LinkedHashMap<>();
                topics.forEach(t -> perTopic.put(t.id(), index.embedQueryVectors(t.queryText())));
                vectors.put(model, perTopic);
            }
            List<Variant> variants = variants().stream().filter(v -> indexes.containsKey(v.model())).toList();
            Map<String, Map<String, Double>> scores = new LinkedHashMap<>(); // variant -> topic -> nDCG@10
            for (Variant v : variants) {
                EvidenceIndex index = indexes.get(v.model());
                Map<String, Double> perTopic = new LinkedHashMap<>();
                for (Topic t : topics) {
                    List<String> ranking = index.search(SearchQuery.of(t.queryText(), LIMIT, v.mode(),
                            data.corpus().documentKind()), v.settings(), vectors.get(v.model()).get(t.id())).stream()
                            .map(EvidenceHit::id).toList();
                    perTopic.put(t.id(), Metrics.ndcg(ranking, data.qrels().forQuery(t.id()), K));
                }
                scores.put(v.name(), perTopic);
                System.err.printf("%d/%d %s %.4f%n", scores.size(), variants.size(), v.name(), mean(perTopic, null));
            }
            List<List<String>> foldTopics = folds(topics, folds, seed);
            System.out.printf("%n%s %s, %d topics, %d-fold CV (seed %d), nDCG@%d%n%n", dataset, split, topics.size(),
                    folds, seed, K);
            System.out.println("| family | variant | full-split nDCG@10 |");
            System.out.println("|---|---|---:|");
            for (Variant v : variants) {
                System.out.printf("| %s | %s | %.4f |%n", v.family(), v.name(), mean(scores.get(v.name()), null));
            }
            System.out.println();
            System.out.println("| chosen among | CV nDCG@10 | full-split best | variant chosen per fold |");
            System.out.println("|---|---:|---:|---|");
            Map<String, List<Variant>> families = new LinkedHashMap<>();
            variants.forEach(v -> families.computeIfAbsent(v.family(), f -> new ArrayList<>()).add(v));
            // the families as they were before the name options, then with them, then everything
            families.put("hybrid weighted q, without name options", variants.stream()
                    .filter(v -> v.family().equals("hybrid weighted") && !v.name().contains("name")).toList());
            families.put("hybrid weighted q+full, with name options", variants.stream()
                    .filter(v -> v.family().startsWith("hybrid weighted")).toList());
            // the model as a choice of its own: min-max or z-score fusion at three weights, nothing else
            families.put("plain grid (weighted|zscore x lex0.25|0.35|0.45, p1), q", variants.stream()
                    .filter(HybridTuning::plainGrid).filter(v -> v.model() == EmbeddingModel.QUANTIZED).toList());
            families.put("plain grid, full", variants.stream().filter(HybridTuning::plainGrid)
                    .filter(v -> v.model() == EmbeddingModel.FULL).toList());
            families.put("plain grid, q or full", variants.stream().filter(HybridTuning::plainGrid).toList());
            families.put("all hybrid variants", variants.stream().filter(v -> v.mode() == RetrievalMode.HYBRID).toList());
            families.forEach((family, members) -> {
                if (!members.isEmpty()) {
                    cv(family, members, scores, foldTopics);
                }
            });
        } finally {
            indexes.values().forEach(EvidenceIndex::close);
        }
        System.exit(0); // the ONNX runtime leaves non-daemon threads
    }

    /** A hybrid variant with only the fusion method and weight chosen (first passage, no other option). */
    private static boolean plainGrid(Variant v) {
        return v.mode() == RetrievalMode.HYBRID && v.name().matches("hybrid( full)? (weighted|zscore) lex0\\.\\d\\d p1");
    }

    private static void cv(String family, List<Variant> members, Map<String, Map<String, Double>> scores,
                           List<List<String>> foldTopics) {
        double sum = 0;
        int n = 0;
        List<String> chosen = new ArrayList<>();
        for (List<String> test : foldTopics) {
            Variant best = null;
            double bestTrain = -1;
            for (Variant v : members) {
                double train = meanExcept(scores.get(v.name()), test);
                if (train > bestTrain + 1e-12) {
                    bestTrain = train;
                    best = v;
                }
            }
            chosen.add(best.name());
            for (String q : test) {
                sum += scores.get(best.name()).get(q);
                n++;
            }
        }
        Variant fullBest = members.stream().max((a, b) -> Double.compare(mean(scores.get(a.name()), null),
                mean(scores.get(b.name()), null))).orElseThrow();
        System.out.printf("| %s | %.4f | %.4f (%s) | %s |%n", family, sum / n, mean(scores.get(fullBest.name()), null),
                fullBest.name(), String.join("; ", chosen));
    }

    static List<Variant> variants() {
        List<Variant> out = new ArrayList<>();
        FusionSettings base = FusionSettings.defaults();
        out.add(new Variant("baseline", "bm25-hanlp", RetrievalMode.BM25_HANLP, base));
        out.add(new Variant("baseline", "bm25-cjk", RetrievalMode.BM25_CJK, base));
        for (int p : new int[] {1, 2, 4}) {
            out.add(new Variant("dense", "dense p" + p, RetrievalMode.DENSE, base.withPassages(p)));
        }
        out.add(new Variant("dense", "dense p1 prf5x0.3", RetrievalMode.DENSE, base.withFeedback(5, 0.3)));
        out.add(new Variant("dense", "dense p1 prf10x0.5", RetrievalMode.DENSE, base.withFeedback(10, 0.5)));
        for (FusionMethod m : new FusionMethod[] {FusionMethod.WEIGHTED, FusionMethod.ZSCORE}) {
            for (boolean bigrams : new boolean[] {false, true}) {
                for (int p : new int[] {1, 4}) {
                    for (double lex : new double[] {0.25, 0.35, 0.45}) {
                        FusionSettings s = base.withMethod(m).withWeights(lex, 1 - lex).withBigrams(bigrams)
                                .withPassages(p);
                        out.add(new Variant("hybrid " + m.name().toLowerCase(), String.format("hybrid %s lex%.2f%s p%d",
                                m.name().toLowerCase(), lex, bigrams ? " +bigrams" : "", p), RetrievalMode.HYBRID, s));
                    }
                }
            }
        }
        for (boolean bigrams : new boolean[] {false, true}) {
            out.add(new Variant("hybrid weighted", "hybrid weighted lex0.35" + (bigrams ? " +bigrams" : "")
                    + " p1 prf10x0.5", RetrievalMode.HYBRID, base.withBigrams(bigrams).withFeedback(10, 0.5)));
        }
        out.add(new Variant("hybrid rrf", "hybrid rrf k60", RetrievalMode.HYBRID, FusionSettings.rrf()));
        // the demand's name apart from its whole text: its own vector (weight w of the dense score) and its terms
        // once more on the lexical side (boost b); for both models
        for (EmbeddingModel model : EmbeddingModel.values()) {
            String m = model == EmbeddingModel.QUANTIZED ? "" : " full";
            String family = model == EmbeddingModel.QUANTIZED ? "" : " full";
            if (model != EmbeddingModel.QUANTIZED) {
                out.add(new Variant("dense" + family, "dense" + m + " p1", RetrievalMode.DENSE, base, model));
            }
            if (model != EmbeddingModel.QUANTIZED) {
                for (double lex : new double[] {0.25, 0.35, 0.45}) {
                    out.add(new Variant("hybrid zscore" + family, String.format("hybrid%s zscore lex%.2f p1", m, lex),
                            RetrievalMode.HYBRID, base.withMethod(FusionMethod.ZSCORE).withWeights(lex, 1 - lex), model));
                }
            }
            for (double w : NAME_WEIGHTS) {
                out.add(new Variant("dense" + family, String.format("dense%s p1 name%.2f", m, w), RetrievalMode.DENSE,
                        base.withName(w, 0), model));
            }
            for (double lex : new double[] {0.25, 0.35, 0.45}) {
                for (double w : new double[] {0, NAME_WEIGHTS[0], NAME_WEIGHTS[1], NAME_WEIGHTS[2]}) {
                    for (double b : new double[] {0, 0.5, 1.0}) {
                        if (model == EmbeddingModel.QUANTIZED && w == 0 && b == 0) {
                            continue; // the plain variants above
                        }
                        String name = String.format("hybrid%s weighted lex%.2f p1%s%s", m, lex,
                                w > 0 ? String.format(" name%.2f", w) : "", b > 0 ? String.format(" nameBoost%.1f", b) : "");
                        out.add(new Variant("hybrid weighted" + family, name, RetrievalMode.HYBRID,
                                base.withWeights(lex, 1 - lex).withName(w, b), model));
                    }
                }
            }
        }
        return out;
    }

    /** Topic ids shuffled with the seed and dealt into {@code k} folds. */
    static List<List<String>> folds(List<Topic> topics, int k, long seed) {
        List<String> ids = new ArrayList<>(topics.stream().map(Topic::id).sorted().toList());
        Collections.shuffle(ids, new Random(seed));
        List<List<String>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < ids.size(); i++) {
            folds.get(i % k).add(ids.get(i));
        }
        return folds;
    }

    private static double mean(Map<String, Double> perTopic, List<String> only) {
        return perTopic.entrySet().stream().filter(e -> only == null || only.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).average().orElse(0);
    }

    private static double meanExcept(Map<String, Double> perTopic, List<String> excluded) {
        return perTopic.entrySet().stream().filter(e -> !excluded.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).average().orElse(0);
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
