package io.techmatch.evaluation.dataset;

import io.techmatch.core.data.SharedData;
import io.techmatch.core.graph.GraphModel;
import io.techmatch.core.search.EvidenceDocument;
import io.techmatch.evaluation.metrics.Qrels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Organization-level benchmark with planted ground truth; the generative model is documented in
 * docs/evaluation.md. Each organization has a hidden capability profile over IPC subclasses; its patents,
 * co-applications and region are drawn from it; a need asks for one subclass, and the relevant partners are the
 * organizations whose hidden profile covers it (grade 2 when it is their main subclass, else 1). Only patents,
 * applicants, names and regions reach the {@link Corpus}: the profiles stay here.
 */
public final class SyntheticPartners {
    /** Size and noise of the generated world; {@link #defaults()} is the recorded regression. */
    public record Settings(long seed, int subclasses, int orgs, int needs, double meanPatents, double noise,
                           double coApplication) {
    }

    /** One organization's hidden profile: subclass codes, the first is its main one. */
    record Profile(String orgId, List<String> subclasses) {
    }

    static final List<String> PROVINCES = List.of("31", "32", "33", "34", "11", "44");
    static final List<String> KINDS = List.of("合成大学", "合成研究所", "合成科技有限公司");

    private SyntheticPartners() {
    }

    public static Settings defaults() {
        return new Settings(20261122L, 24, 150, 60, 5.0, 0.15, 0.25);
    }

    /** The generated world: the dataset rankers see, and the hidden profiles (tests only). */
    record World(Dataset dataset, List<Profile> profiles) {
    }

    public static Dataset load(Settings s) {
        return generate(s).dataset();
    }

    static World generate(Settings s) {
        IpcVocabulary vocab = IpcVocabulary.load(SharedData.require("ipc/ipc-zh.tsv"), s.subclasses());
        SplittableRandom random = new SplittableRandom(s.seed());
        List<String> classes = vocab.subclasses();
        Map<String, String> orgs = new LinkedHashMap<>();
        Map<String, String> regions = new LinkedHashMap<>();
        List<Profile> profiles = new ArrayList<>();
        Map<String, String> home = new LinkedHashMap<>();
        classes.forEach(c -> home.put(c, PROVINCES.get(random.nextInt(PROVINCES.size()))));
        for (int i = 1; i <= s.orgs(); i++) {
            String id = String.format("SYN-ORG-%03d", i);
            orgs.put(id, KINDS.get(random.nextInt(KINDS.size())) + i + "（合成）");
            int size = 1 + random.nextInt(3);
            List<String> profile = new ArrayList<>();
            while (profile.size() < size) {
                String c = classes.get(random.nextInt(classes.size()));
                if (!profile.contains(c)) {
                    profile.add(c);
                }
            }
            profiles.add(new Profile(id, List.copyOf(profile)));
            // industrial clusters: an org sits in the home province of its main subclass with probability 0.6
            regions.put(id, random.nextDouble() < 0.6 ? home.get(profile.get(0))
                    : PROVINCES.get(random.nextInt(PROVINCES.size())));
        }
        List<EvidenceDocument> patents = new ArrayList<>();
        int serial = 0;
        for (Profile p : profiles) {
            int n = 1 + poisson(random, s.meanPatents());
            for (int j = 0; j < n; j++) {
                // main subclass with weight 1/2, the others share the rest; noise draws any subclass
                String c = random.nextDouble() < s.noise() ? classes.get(random.nextInt(classes.size()))
                        : random.nextDouble() < 0.5 || p.subclasses().size() == 1 ? p.subclasses().get(0)
                        : p.subclasses().get(1 + random.nextInt(p.subclasses().size() - 1));
                List<String> owners = new ArrayList<>(List.of(p.orgId()));
                if (random.nextDouble() < s.coApplication()) {
                    List<Profile> able = profiles.stream()
                            .filter(o -> o != p && o.subclasses().contains(c)).toList();
                    if (!able.isEmpty()) {
                        owners.add(able.get(random.nextInt(able.size())).orgId());
                    }
                }
                String id = String.format("SYN-PAT-%05d", ++serial);
                patents.add(new EvidenceDocument(id, GraphModel.Label.PATENT, "一种" + vocab.phrase(c, random) + "（合成）",
                        vocab.phrase(c, random) + "；" + vocab.phrase(c, random) + "；" + vocab.phrase(c, random),
                        List.of(vocab.groupCode(c, random)), List.of(), List.of(regions.get(p.orgId())), owners,
                        2015 + random.nextInt(10), false));
            }
        }
        List<Topic> topics = new ArrayList<>();
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        for (int q = 1; q <= s.needs(); q++) {
            String c = classes.get(random.nextInt(classes.size()));
            String id = String.format("SYN-NEED-%03d", q);
            String region = random.nextDouble() < 0.5 ? home.get(c) : PROVINCES.get(random.nextInt(PROVINCES.size()));
            topics.add(new Topic(id, "需求：" + vocab.phrase(c, random) + "（合成）",
                    "寻求" + vocab.phrase(c, random) + "及" + vocab.phrase(c, random) + "方面的合作伙伴", Set.of(), Set.of(),
                    region));
            Map<String, Integer> judged = new LinkedHashMap<>();
            for (Profile p : profiles) {
                int idx = p.subclasses().indexOf(c);
                judged.put(p.orgId(), idx < 0 ? 0 : idx == 0 ? 2 : 1);
            }
            qrels.put(id, judged);
        }
        Checksums sum = new Checksums().text(s.toString());
        patents.forEach(d -> sum.text(d.id() + d.title() + d.body() + d.ownerIds()));
        topics.forEach(t -> sum.text(t.id() + t.queryText() + t.regionId()));
        Corpus corpus = new Corpus("synthetic-partners", Corpus.Level.ORGANIZATION, patents, orgs, regions);
        return new World(new Dataset("synthetic-partners", "all", topics, new Qrels(qrels), corpus, sum.value()),
                List.copyOf(profiles));
    }

    /** Knuth's method; fine for the small means used here. */
    static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
