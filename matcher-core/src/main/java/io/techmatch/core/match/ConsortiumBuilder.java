package io.techmatch.core.match;

import io.techmatch.core.search.EvidenceHit;
import io.techmatch.core.search.EvidenceSearch;
import io.techmatch.core.search.RetrievalMode;
import io.techmatch.core.search.SearchQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a 创新联合体: splits the need into facets (its IPC subclasses when it has two or more, otherwise clusters of
 * its key terms, see {@link KeyTermFacets}, each cluster searched on its own), scores each pool member's coverage of each facet, and runs
 * {@link TeamSearch} over the top candidates.
 */
final class ConsortiumBuilder {
    private static final Logger log = LoggerFactory.getLogger(ConsortiumBuilder.class);
    static final int MAX_FACETS = 4;

    /** Evidence documents per key term, for clustering terms by co-occurrence. */
    static final int TERM_HITS = 50;
    /** A term's documents are its hits scoring at least this share of its best hit. */
    static final double TERM_HIT_SHARE = 0.5;

    private record FacetDef(String id, String kind, String label, List<String> terms, String query) {
    }

    private final GraphReader reader;
    private final EvidenceSearch evidence;
    private final MatchSettings settings;
    private final RegionIndex regions;

    ConsortiumBuilder(GraphReader reader, EvidenceSearch evidence, MatchSettings settings, RegionIndex regions) {
        this.reader = reader;
        this.evidence = evidence;
        this.settings = settings;
        this.regions = regions;
    }

    ConsortiumResult build(CandidateRanker.Ranking ranking, ConsortiumOptions opts) {
        String needId = ranking.need().needId();
        List<CandidateRanker.Scored> pool = ranking.candidates().stream().limit(opts.poolSize()).toList();
        if (pool.size() < opts.minSize()) {
            String why = ranking.emptyReason() != null ? ranking.emptyReason()
                    : "only " + pool.size() + " candidates, fewer than the minimum team size " + opts.minSize();
            return new ConsortiumResult(needId, List.of(), List.of(), 0, 0, 0, List.of(), why);
        }
        List<FacetDef> facets = facets(ranking.need(), opts.matchOptions());
        double[][] coverage = coverage(pool, facets, ranking.need(), opts.matchOptions());
        List<String> ids = pool.stream().map(CandidateRanker.Scored::id).toList();
        boolean[][] linked = new boolean[pool.size()][pool.size()];
        for (Record r : reader.read("pool-links", Map.of("orgIds", ids))) {
            int a = ids.indexOf(r.get("a").asString());
            int b = ids.indexOf(r.get("b").asString());
            linked[a][b] = true;
            linked[b][a] = true;
        }
        double top = Math.max(1e-9, pool.get(0).score());
        List<TeamSearch.Member> members = pool.stream().map(s -> new TeamSearch.Member(s.id(), s.org().type(),
                s.score() / top, regions.inYrd(s.org().regionId()))).toList();
        TeamSearch.Team team = TeamSearch.best(new TeamSearch.Problem(members, coverage, linked, opts));
        if (team == null) {
            return new ConsortiumResult(needId, List.of(), List.of(), 0, 0, 0, List.of(),
                    "no team of the top " + pool.size() + " candidates satisfies the constraints");
        }
        ConsortiumResult result = describe(needId, pool, facets, coverage, team, opts);
        log.info("consortium {}: {} facets, pool {}, team {} (coverage {}, cohesion {})", needId, facets.size(),
                pool.size(), result.members().stream().map(ConsortiumResult.Member::orgId).toList(),
                String.format(Locale.ROOT, "%.2f", team.coverage()), String.format(Locale.ROOT, "%.2f", team.cohesion()));
        return result;
    }

    private ConsortiumResult describe(String needId, List<CandidateRanker.Scored> pool, List<FacetDef> facets,
                                      double[][] coverage, TeamSearch.Team team, ConsortiumOptions opts) {
        int lead = team.members()[0];
        for (int m : team.members()) {
            boolean firm = "firm".equals(pool.get(m).org().type());
            boolean leadFirm = "firm".equals(pool.get(lead).org().type());
            if (opts.requireFirmLead() && firm && !leadFirm) {
                lead = m;
            }
        }
        List<ConsortiumResult.Facet> outFacets = new ArrayList<>();
        Map<Integer, List<String>> covered = new HashMap<>();
        List<String> sentences = new ArrayList<>();
        for (int f = 0; f < facets.size(); f++) {
            int best = team.members()[0];
            for (int m : team.members()) {
                if (coverage[m][f] > coverage[best][f]) {
                    best = m;
                }
            }
            boolean any = coverage[best][f] > 0;
            FacetDef def = facets.get(f);
            outFacets.add(new ConsortiumResult.Facet(def.id(), def.kind(), def.label(), def.terms(),
                    any ? pool.get(best).id() : null, coverage[best][f]));
            if (any) {
                covered.computeIfAbsent(best, k -> new ArrayList<>()).add(def.id());
                sentences.add(pool.get(best).org().name() + " 负责「" + def.label() + "」（覆盖度 "
                        + String.format(Locale.ROOT, "%.2f", coverage[best][f]) + "）");
            } else {
                sentences.add("「" + def.label() + "」没有成员覆盖");
            }
        }
        List<ConsortiumResult.Member> out = new ArrayList<>();
        for (int m : team.members()) {
            CandidateRanker.Scored s = pool.get(m);
            out.add(new ConsortiumResult.Member(s.id(), s.org().name(), s.org().type(), m == lead ? "lead" : "member",
                    s.score(), covered.getOrDefault(m, List.of())));
        }
        out.sort((a, b) -> a.role().equals(b.role()) ? 0 : a.role().equals("lead") ? -1 : 1);
        sentences.add(0, pool.get(lead).org().name() + " 牵头，" + team.members().length + " 家单位组成创新联合体");
        sentences.add(String.format(Locale.ROOT, "成员间已有联合申请的组合占 %.0f%%", team.cohesion() * 100));
        return new ConsortiumResult(needId, outFacets, out, team.coverage(), team.cohesion(), team.objective(),
                sentences, null);
    }

    private List<FacetDef> facets(NeedContext need, MatchOptions options) {
        List<String> subclasses = need.ipcSubclasses();
        List<FacetDef> out = new ArrayList<>();
        if (subclasses.size() >= 2) {
            Map<String, String> titles = new HashMap<>();
            for (Record r : reader.read("ipc-titles", Map.of("codes", subclasses))) {
                titles.put(r.get("code").asString(), r.get("title").asString(null));
            }
            subclasses.stream().limit(MAX_FACETS).forEach(c -> out.add(new FacetDef("ipc:" + c, "ipc",
                    titles.get(c) == null ? c : c + " " + titles.get(c), List.of(), null)));
            return out;
        }
        Map<String, Set<String>> docsByTerm = new LinkedHashMap<>();
        for (String term : KeyTermFacets.keyTerms(need.text())) {
            // lexical on purpose: dense retrieval returns documents for any term, which would make every pair co-occur
            List<EvidenceHit> hits = evidence.search(new SearchQuery(term, CandidateRanker.EVIDENCE_KINDS, TERM_HITS,
                    RetrievalMode.BM25_HANLP, options.includeConfidential()).withoutSnippets());
            // documents that match the term well, not only one of its words (电池 of 电池荷电状态 is everywhere)
            double top = hits.stream().mapToDouble(EvidenceHit::score).max().orElse(0);
            Set<String> docs = new HashSet<>();
            hits.stream().filter(h -> h.score() >= TERM_HIT_SHARE * top && h.score() > 0).forEach(h -> docs.add(h.id()));
            docsByTerm.put(term, docs);
        }
        int i = 0;
        for (KeyTermFacets.Cluster c : KeyTermFacets.cluster(docsByTerm, MAX_FACETS)) {
            out.add(new FacetDef("terms:" + (++i), "terms", String.join("、", c.terms().subList(0,
                    Math.min(3, c.terms().size()))), c.terms(), String.join(" ", c.terms())));
        }
        log.debug("consortium {}: key terms {} -> facets {}", need.needId(), docsByTerm.keySet(),
                out.stream().map(FacetDef::terms).toList());
        if (out.isEmpty()) {
            out.add(new FacetDef("terms:1", "terms", need.title(), List.of(), need.text()));
        }
        return out;
    }

    private double[][] coverage(List<CandidateRanker.Scored> pool, List<FacetDef> facets, NeedContext need,
                                MatchOptions options) {
        double[][] cov = new double[pool.size()][facets.size()];
        for (int f = 0; f < facets.size(); f++) {
            FacetDef def = facets.get(f);
            Map<String, EvidenceAggregator.OrgEvidence> byOrg = Map.of();
            if (def.query() != null) {
                byOrg = EvidenceAggregator.aggregate(evidence.search(new SearchQuery(def.query(),
                        CandidateRanker.EVIDENCE_KINDS, settings.retrievalDepth(), settings.retrievalMode(),
                        options.includeConfidential()).withoutSnippets()), settings.evidencePerCandidate());
            }
            for (int m = 0; m < pool.size(); m++) {
                CandidateRanker.Scored s = pool.get(m);
                if (def.query() != null) {
                    EvidenceAggregator.OrgEvidence ev = byOrg.get(s.id());
                    cov[m][f] = ev == null ? 0 : ev.text();
                } else {
                    String sub = def.id().substring(4);
                    double has = FeatureCalculator.ipc(List.of(sub), s.org(), s.evidence());
                    cov[m][f] = has > 0 ? 0.5 + 0.5 * s.features().get(Feature.TEXT) : 0;
                }
            }
        }
        return cov;
    }
}
