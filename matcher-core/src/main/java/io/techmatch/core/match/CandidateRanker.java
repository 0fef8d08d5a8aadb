package io.techmatch.core.match;

import io.techmatch.core.search.EvidenceHit;
import io.techmatch.core.search.EvidenceSearch;
import io.techmatch.core.search.SearchQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ranking pipeline: retrieve evidence, aggregate it to organizations, expand through the graph (collaborators
 * of strong candidates, IPC profile matches), filter, compute features and score.
 */
final class CandidateRanker {
    private static final Logger log = LoggerFactory.getLogger(CandidateRanker.class);
    static final Set<String> EVIDENCE_KINDS = Set.of("Patent", "Achievement", "Project", "Organization");
    /** Candidates whose collaborators are added by the graph expansion. */
    private static final int EXPANSION_SEEDS = 10;

    record Scored(OrgInfo org, EvidenceAggregator.OrgEvidence evidence, Map<String, Double> features,
                  Map<String, Double> contributions, double score) implements Scorer.Scored {
        @Override
        public String id() {
            return org.id();
        }
    }

    /**
     * {@code demanderNeighbours}: what the features read of the demander's co-applicants ({@code NONE} when no
     * candidate was scored), for explanations of the same match.
     */
    record Ranking(NeedContext need, List<Scored> candidates, String emptyReason,
                   GraphFacts.DemanderNeighbours demanderNeighbours) {
    }

    private final GraphFacts facts;
    private final EvidenceSearch evidence;
    private final MatchSettings settings;
    private final RegionIndex regions;
    private final Executor executor;

    CandidateRanker(GraphFacts facts, EvidenceSearch evidence, MatchSettings settings, RegionIndex regions,
                    Executor executor) {
        this.executor = executor;
        this.facts = facts;
        this.evidence = evidence;
        this.settings = settings;
        this.regions = regions;
    }

    Ranking rank(NeedContext need, MatchOptions options) {
        long start = System.nanoTime();
        validateRegions(options.filters());
        // depends on the need only: read while the evidence is retrieved
        var scoringIndustries = async(() -> facts.scoringIndustries(need.industryIds()));
        var demanderNeighbours = async(() -> facts.demanderNeighbours(need.demanderId()));
        // the IPC profile expansion needs the need's subclasses only, when it has them (else they are inferred from
        // the hits)
        var profiles = need.ipcSubclasses().isEmpty() ? null : async(() -> expandProfiles(need.ipcSubclasses()));
        // snippets only for the evidence a page shows (Matcher.page): a few of the retrieved hundreds
        List<EvidenceHit> hits = need.text().isBlank() ? List.of() : evidence.search(new SearchQuery(need.text(),
                EVIDENCE_KINDS, settings.retrievalDepth(), settings.retrievalMode(), options.includeConfidential())
                .withoutSnippets());
        Map<String, EvidenceAggregator.OrgEvidence> byOrg = EvidenceAggregator.aggregate(hits,
                settings.evidencePerCandidate());
        List<String> subclasses = need.ipcSubclasses().isEmpty() ? inferSubclasses(hits) : need.ipcSubclasses();
        if (hits.isEmpty() && need.ipcSubclasses().isEmpty()) {
            String reason = need.text().isBlank() ? "the demand has no text to match"
                    : "no evidence matches the demand text, and the demand has no IPC classes";
            log.info("match {}: empty, {}", label(need), reason);
            return new Ranking(need, List.of(), reason, GraphFacts.DemanderNeighbours.NONE);
        }
        Set<String> ids = candidateIds(byOrg, profiles != null ? profiles : async(() -> expandProfiles(subclasses)));
        Map<String, OrgInfo> orgs = facts.orgs(ids, subclasses, join(scoringIndustries));
        List<OrgInfo> kept = orgs.values().stream().filter(o -> passesPreScore(o, need, options.filters()))
                .filter(o -> passesEvidence(o, byOrg.get(o.id()), options.filters())).toList();
        if (kept.isEmpty()) {
            String reason = orgs.isEmpty() ? "no organization in the graph holds matching evidence"
                    : "all " + orgs.size() + " candidates were removed by the filters";
            log.info("match {}: empty, {}", label(need), reason);
            return new Ranking(need, List.of(), reason, GraphFacts.DemanderNeighbours.NONE);
        }
        List<String> keptIds = kept.stream().map(OrgInfo::id).toList();
        Set<String> industries = new HashSet<>(need.industryIds());
        kept.forEach(o -> industries.addAll(o.industries()));
        // the feature families are independent reads: run them concurrently (latency is mostly round trips)
        GraphFacts.DemanderNeighbours neighbours = join(demanderNeighbours);
        var collaborationRead = async(() -> facts.collaborations(need.demanderId(), neighbours, keptIds));
        var linksRead = async(() -> facts.industryLinks(industries));
        Map<String, GraphFacts.Collaboration> collaborations = join(collaborationRead);
        FeatureCalculator.Inputs in = new FeatureCalculator.Inputs(need, subclasses, referenceYear(need, hits, kept),
                regions, join(linksRead), options, settings.evidencePerCandidate());
        List<Scored> scored = new ArrayList<>();
        for (OrgInfo org : kept) {
            GraphFacts.Collaboration collab = collaborations.get(org.id());
            Map<String, Double> f = FeatureCalculator.features(in, org, byOrg.get(org.id()),
                    collab == null ? GraphFacts.Proximity.NONE : collab.proximity(),
                    collab == null ? GraphFacts.TrackRecord.NONE : collab.record());
            Map<String, Double> c = Scorer.contributions(f, settings.weights());
            scored.add(new Scored(org, byOrg.get(org.id()), f, c, Scorer.sum(c)));
            log.debug("match {}: candidate {} features {}", label(need), org.id(), f);
        }
        scored.sort(Scorer.ORDER);
        log.info("match {}: {} hits, {} candidates, {} after filters, in {} ms", label(need), hits.size(), ids.size(),
                scored.size(), (System.nanoTime() - start) / 1_000_000);
        return new Ranking(need, scored, null, neighbours);
    }

    private List<String> expandProfiles(List<String> subclasses) {
        return facts.expand("expand-ipc", "codes", subclasses, settings.expansionPerSource());
    }

    /** The best candidates by text, their collaborators, and the IPC profile matches ({@code profiles}). */
    private Set<String> candidateIds(Map<String, EvidenceAggregator.OrgEvidence> byOrg,
                                     CompletableFuture<List<String>> profiles) {
        List<String> byText = byOrg.values().stream()
                .sorted((a, b) -> a.text() != b.text() ? Double.compare(b.text(), a.text()) : a.orgId().compareTo(b.orgId()))
                .map(EvidenceAggregator.OrgEvidence::orgId).limit(settings.candidateDepth()).toList();
        Set<String> ids = new LinkedHashSet<>(byText);
        List<String> seeds = byText.subList(0, Math.min(EXPANSION_SEEDS, byText.size()));
        var collaborators = async(() -> facts.expand("expand-collaborators", "orgIds", seeds, settings.expansionPerSource()));
        ids.addAll(join(collaborators));
        ids.addAll(join(profiles));
        return ids;
    }

    /** IPC subclasses of a need without classes: those shared by at least two of the top ten hits. */
    static List<String> inferSubclasses(List<EvidenceHit> hits) {
        Map<String, Integer> counts = new TreeMap<>();
        hits.stream().limit(10).forEach(h -> h.ipcCodes().stream().map(FeatureCalculator::subclass).distinct()
                .forEach(c -> counts.merge(c, 1, Integer::sum)));
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).limit(5).toList();
    }

    private boolean passesPreScore(OrgInfo org, NeedContext need, Filters filters) {
        if (filters.excludeDemander() && isDemanderOrAffiliate(org, need)) {
            return false;
        }
        if (!filters.orgTypes().isEmpty() && !filters.orgTypes().contains(org.type())) {
            return false;
        }
        if (filters.excludedOrgTypes().contains(org.type())) {
            return false;
        }
        if (!filters.regionIds().isEmpty()
                && filters.regionIds().stream().noneMatch(r -> regions.within(org.regionId(), r))) {
            return false;
        }
        return filters.excludedRegionIds().stream().noneMatch(r -> regions.within(org.regionId(), r));
    }

    private static boolean passesEvidence(OrgInfo org, EvidenceAggregator.OrgEvidence ev, Filters filters) {
        int count = ev == null ? 0 : ev.hits().size();
        if (count < filters.minEvidence()) {
            return false;
        }
        Integer last = FeatureCalculator.lastYear(org, ev);
        return filters.activeSinceYear() == null || (last != null && last >= filters.activeSinceYear());
    }

    /** The demander, an org with its stock code, or one whose name extends the demander's (its branches). */
    static boolean isDemanderOrAffiliate(OrgInfo org, NeedContext need) {
        if (org.id().equals(need.demanderId())) {
            return true;
        }
        if (need.demanderStockCode() != null && need.demanderStockCode().equals(org.stockCode())) {
            return true;
        }
        return need.demanderName() != null && need.demanderName().length() >= 4 && org.name() != null
                && org.name().startsWith(need.demanderName());
    }

    private void validateRegions(Filters filters) {
        for (String inc : filters.regionIds()) {
            for (String exc : filters.excludedRegionIds()) {
                if (regions.within(inc, exc)) {
                    throw new IllegalArgumentException("required region " + inc + " lies inside excluded region " + exc);
                }
            }
        }
        Set<String> unknown = new java.util.TreeSet<>(filters.regionIds());
        unknown.addAll(filters.excludedRegionIds());
        unknown.removeIf(regions::contains);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown region ids in filters: " + unknown);
        }
    }

    /** The need's year, else the configured year, else the latest year in the evidence: never the clock. */
    private Integer referenceYear(NeedContext need, List<EvidenceHit> hits, List<OrgInfo> orgs) {
        if (need.year() != null) {
            return need.year();
        }
        if (settings.referenceYear() != null) {
            return settings.referenceYear();
        }
        Integer fromHits = hits.stream().map(EvidenceHit::year).filter(y -> y != null).max(Integer::compare).orElse(null);
        Integer fromOrgs = orgs.stream().map(OrgInfo::lastActiveYear).filter(y -> y != null).max(Integer::compare).orElse(null);
        return FeatureCalculator.maxOrNull(fromHits, fromOrgs);
    }

    private <T> CompletableFuture<T> async(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, executor);
    }

    /** The result of a concurrent read; its failure is rethrown as it was thrown. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    static String label(NeedContext need) {
        return need.needId() != null ? need.needId() : "text(" + need.text().length() + " chars)";
    }

    static String ids(List<Scored> list) {
        return list.stream().map(Scored::id).collect(Collectors.joining(","));
    }
}
