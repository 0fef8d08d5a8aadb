package io.techmatch.evaluation.rank;

import io.techmatch.core.match.Candidate;
import io.techmatch.core.match.FeatureWeights;
import io.techmatch.core.match.MatchSettings;
import io.techmatch.core.search.RetrievalMode;
import io.techmatch.evaluation.dataset.Dataset;
import io.techmatch.evaluation.dataset.Topic;
import io.techmatch.evaluation.metrics.Metric;
import io.techmatch.evaluation.metrics.Significance;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tunes the ranking weights on logged feature vectors, honestly: the matcher scores every topic once per retrieval
 * mode with a deep candidate pool (its features do not depend on the weights), then coordinate ascent fits the
 * weights on k − 1 folds of topics and scores the held-out fold, so each topic's cross-validated figure comes from
 * weights that never saw it. Folds are drawn over topic groups (all co-applicant topics of one patent together).
 * The weights to publish are the fit on all topics; the figures to publish are the cross-validated ones.
 */
public final class WeightTuning {
    private static final Logger log = LoggerFactory.getLogger(WeightTuning.class);
    static final List<String> FEATURES = List.copyOf(FeatureWeights.defaults().asMap().keySet());
    static final Metric NDCG10 = Metric.parse("ndcg@10");
    static final Metric MRR = Metric.parse("mrr");
    /** Candidates logged per topic: the whole pool the matcher scores (candidate depth plus graph expansion). */
    static final int POOL = 500;
    static final long SEED = 20261122L;

    private WeightTuning() {
    }

    /** Logs, analyses and tunes; prints the report to {@code out}. */
    public static void run(List<Dataset> datasets, List<RetrievalMode> modes, int folds, int starts, PrintWriter out) {
        double[] defaults = weights(FeatureWeights.defaults());
        for (RetrievalMode mode : modes) {
            List<TopicFeatures> logged = new ArrayList<>();
            for (Dataset d : datasets) {
                logged.addAll(log(d, mode));
            }
            out.printf(Locale.ROOT, "%n## retrieval %s%n", mode);
            FeatureAnalysis.print(logged, defaults, out);
            crossValidate(logged, defaults, folds, starts, out);
            out.flush();
        }
    }

    /** The matcher's candidates and features for every judged topic of a dataset. */
    static List<TopicFeatures> log(Dataset dataset, RetrievalMode mode) {
        long start = System.nanoTime();
        MatchSettings d = MatchSettings.defaults();
        MatchSettings settings = new MatchSettings(d.weights(), d.candidateDepth(), d.evidencePerCandidate(), POOL,
                d.retrievalDepth(), d.expansionPerSource(), mode, d.referenceYear());
        List<TopicFeatures> out = new ArrayList<>();
        boolean dense = mode == RetrievalMode.DENSE || mode == RetrievalMode.HYBRID;
        try (RankerSession session = Backends.session(dataset);
             TechmatchRanker ranker = new TechmatchRanker(dataset.corpus(), session.index(dense).search(), settings)) {
            for (Topic topic : dataset.topics()) {
                if (!dataset.qrels().hasRelevant(topic.id())) {
                    continue;
                }
                List<Candidate> candidates = ranker.candidates(topic, POOL);
                double[][] f = new double[candidates.size()][];
                for (int i = 0; i < candidates.size(); i++) {
                    Map<String, Double> values = candidates.get(i).features();
                    f[i] = FEATURES.stream().mapToDouble(n -> values.getOrDefault(n, 0.0)).toArray();
                }
                String group = topic.id().contains("#") ? topic.id().substring(0, topic.id().indexOf('#')) : topic.id();
                out.add(new TopicFeatures(dataset.name(), topic.id(), dataset.name() + ":" + group,
                        candidates.stream().map(Candidate::orgId).toList(), f, dataset.qrels().forQuery(topic.id())));
            }
        }
        log.info("Logged features of {} topics of {} ({}) in {} ms", out.size(), dataset.name(), mode,
                (System.nanoTime() - start) / 1_000_000);
        return out;
    }

    static void crossValidate(List<TopicFeatures> topics, double[] defaults, int folds, int starts, PrintWriter out) {
        CoordinateAscent ascent = new CoordinateAscent(NDCG10, starts, SEED);
        Map<String, Integer> foldOf = folds(topics, folds);
        Map<String, double[]> heldOut = new LinkedHashMap<>();
        for (int k = 0; k < folds; k++) {
            int fold = k;
            List<TopicFeatures> train = topics.stream().filter(t -> foldOf.get(t.group()) != fold).toList();
            List<TopicFeatures> test = topics.stream().filter(t -> foldOf.get(t.group()) == fold).toList();
            double[] w = ascent.fit(train, defaults);
            out.printf(Locale.ROOT, "fold %d: train %d topics, test %d; weights %s%n", k, train.size(), test.size(),
                    CoordinateAscent.format(FEATURES, w));
            test.forEach(t -> heldOut.put(t.topicId(), w));
        }
        out.printf("%n| dataset | topics | default ndcg@10 | CV-tuned ndcg@10 | p | default mrr | CV-tuned mrr | p |%n");
        out.printf("|---|---:|---:|---:|---:|---:|---:|---:|%n");
        for (String dataset : new TreeSet<>(topics.stream().map(TopicFeatures::dataset).toList())) {
            List<TopicFeatures> ts = topics.stream().filter(t -> t.dataset().equals(dataset)).toList();
            StringBuilder row = new StringBuilder("| " + dataset + " | " + ts.size());
            for (Metric m : List.of(NDCG10, MRR)) {
                List<Double> base = ts.stream().map(t -> t.metric(m, defaults)).toList();
                List<Double> tuned = ts.stream().map(t -> t.metric(m, heldOut.get(t.topicId()))).toList();
                Significance.PairedResult p = Significance.randomization(tuned, base, 9_999, 42);
                row.append(String.format(Locale.ROOT, " | %.4f | %.4f | %.4f", p.meanB(), p.meanA(), p.pValue()));
            }
            out.println(row.append(" |"));
        }
        double[] all = ascent.fit(topics, defaults);
        out.printf(Locale.ROOT, "%nfit on all topics (objective %.4f, defaults %.4f): %s%n",
                ascent.objective(topics, all), ascent.objective(topics, defaults), CoordinateAscent.format(FEATURES, all));
    }

    /** Topic groups dealt round-robin into folds after a seeded shuffle. */
    static Map<String, Integer> folds(List<TopicFeatures> topics, int folds) {
        List<String> groups = new ArrayList<>(new TreeSet<>(topics.stream().map(TopicFeatures::group).toList()));
        Collections.shuffle(groups, new Random(SEED));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            out.put(groups.get(i), i % folds);
        }
        return out;
    }

    static double[] weights(FeatureWeights w) {
        return w.asMap().values().stream().mapToDouble(Double::doubleValue).toArray();
    }
}
