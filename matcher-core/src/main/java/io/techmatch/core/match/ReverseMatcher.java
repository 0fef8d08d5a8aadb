package io.techmatch.core.match;

import io.techmatch.core.search.EvidenceHit;
import io.techmatch.core.search.EvidenceSearch;
import io.techmatch.core.search.SearchQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reverse matching: the needs an achievement, patent or organization could serve. Needs come from retrieval over
 * need texts plus needs classified in the source's IPC subclasses; features reuse the forward definitions, seen
 * from the source's owner.
 */
final class ReverseMatcher {
    private static final Logger log = LoggerFactory.getLogger(ReverseMatcher.class);
    private record Source(String title, String text, Integer year, List<String> owners, List<String> subclasses,
                          Set<String> industries) {
    }

    private record NeedRow(String id, String title, Integer year, String demanderId, String demanderName,
                           String regionId, List<String> subclasses, Set<String> industries) {
    }

    private record Scored(NeedRow need, Map<String, Double> features, Map<String, Double> contributions,
                          double score) implements Scorer.Scored {
        @Override
        public String id() {
            return need.id();
        }
    }

    private final GraphReader reader;
    private final EvidenceSearch evidence;
    private final MatchSettings settings;
    private final RegionIndex regions;
    private final Explainer explainer;
    private final GraphFacts facts;

    ReverseMatcher(GraphReader reader, GraphFacts facts, EvidenceSearch evidence, MatchSettings settings,
                   RegionIndex regions, Explainer explainer) {
        this.reader = reader;
        this.evidence = evidence;
        this.settings = settings;
        this.regions = regions;
        this.explainer = explainer;
        this.facts = facts;
    }

    ReverseMatchResult match(ReverseRequest req) {
        Source src = source(req);
        List<EvidenceHit> hits = src.text().isBlank() ? List.of() : evidence.search(new SearchQuery(src.text(),
                Set.of("Need"), settings.retrievalDepth(), settings.retrievalMode(), req.includeConfidential())
                .withoutSnippets());
        double best = hits.stream().mapToDouble(EvidenceHit::score).max().orElse(0);
        Map<String, Double> text = new HashMap<>();
        hits.forEach(h -> text.merge(h.id(), best <= 0 ? 0 : Math.max(0, h.score()) / best, Math::max));
        Set<String> ids = new LinkedHashSet<>(text.keySet());
        ids.addAll(facts.expand("expand-needs-ipc", "codes", src.subclasses(), settings.expansionPerSource()));
        List<NeedRow> rows = needs(ids, req);
        if (rows.isEmpty()) {
            return new ReverseMatchResult(req.kind(), req.id(), src.owners(), List.of(), 0,
                    ids.isEmpty() ? "no need matches the " + req.kind() + "'s text or IPC classes"
                            : "all " + ids.size() + " matching needs are closed or confidential");
        }
        String owner = src.owners().isEmpty() ? null : src.owners().get(0);
        OrgInfo ownerInfo = owner == null ? null : facts.orgs(List.of(owner), List.of(), Set.of()).get(owner);
        Set<String> demanders = new HashSet<>();
        Set<String> industries = new HashSet<>(src.industries());
        rows.forEach(r -> {
            if (r.demanderId() != null) {
                demanders.add(r.demanderId());
            }
            industries.addAll(r.industries());
        });
        // proximity is symmetric, so the owner takes the demander's place in the forward query
        Map<String, GraphFacts.Proximity> prox = facts.proximity(owner, demanders);
        GraphFacts.IndustryLinks links = facts.industryLinks(industries);
        Integer refYear = rows.stream().map(NeedRow::year).filter(y -> y != null).max(Integer::compare).orElse(null);
        List<Scored> scored = new ArrayList<>();
        for (NeedRow n : rows) {
            Map<String, Double> f = new LinkedHashMap<>();
            f.put(Feature.TEXT, text.getOrDefault(n.id(), 0.0));
            f.put(Feature.IPC, n.subclasses().isEmpty() ? 0.0
                    : n.subclasses().stream().filter(src.subclasses()::contains).count() / (double) n.subclasses().size());
            f.put(Feature.INDUSTRY, FeatureCalculator.industry(n.industries(), src.industries(), links));
            f.put(Feature.RECENCY, FeatureCalculator.recency(n.year(), refYear));
            f.put(Feature.PROXIMITY, n.demanderId() == null ? 0.0
                    : FeatureCalculator.proximity(prox.getOrDefault(n.demanderId(), GraphFacts.Proximity.NONE)));
            f.put(Feature.REGION, ownerInfo == null ? 0.0
                    : regions.score(ownerInfo.regionId(), n.regionId(), RegionPreference.NEAR));
            f.put(Feature.CHAIN, FeatureCalculator.chain(src.industries(), n.industries(), links));
            Map<String, Double> c = Scorer.contributions(f, settings.weights());
            scored.add(new Scored(n, f, c, Scorer.sum(c)));
        }
        scored.sort(Scorer.ORDER);
        log.info("reverse {} {}: {} need hits, {} candidate needs, {} kept", req.kind(), req.id(), hits.size(),
                ids.size(), scored.size());
        int from = Math.min(req.offset(), scored.size());
        List<Scored> page = scored.subList(from, Math.min(scored.size(), from + req.limit()));
        List<ReverseMatchResult.NeedCandidate> out = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Scored s = page.get(i);
            List<ExplanationPath> paths = owner == null ? List.of()
                    : explainer.explain(s.id(), List.of(owner), Map.of(owner, List.of(req.id()))).get(owner);
            out.add(new ReverseMatchResult.NeedCandidate(from + i + 1, s.id(), s.need().title(), s.need().demanderId(),
                    s.need().demanderName(), s.need().regionId(), s.score(), s.features(), s.contributions(), paths));
        }
        return new ReverseMatchResult(req.kind(), req.id(), src.owners(), out, scored.size(),
                out.isEmpty() ? "offset " + req.offset() + " is beyond the " + scored.size() + " needs" : null);
    }

    private Source source(ReverseRequest req) {
        List<Record> rows = reader.read("reverse-source-" + req.kind(), Map.of("id", req.id()));
        if (rows.isEmpty()) {
            throw new NotFoundException(req.kind(), req.id());
        }
        Record r = rows.get(0);
        String title = r.get("title").asString("");
        List<String> subclasses = r.get("ipcCodes").asList(Value::asString).stream().map(FeatureCalculator::subclass)
                .distinct().sorted().toList();
        return new Source(title, (title + "\n" + r.get("body").asString("")).strip(), GraphFacts.nullableInt(r.get("year")),
                r.get("owners").asList(Value::asString).stream().sorted().toList(), subclasses,
                new HashSet<>(r.get("industries").asList(Value::asString)));
    }

    private List<NeedRow> needs(Set<String> ids, ReverseRequest req) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<NeedRow> out = new ArrayList<>();
        for (Record r : reader.read("reverse-needs", Map.of("needIds", List.copyOf(ids)))) {
            boolean closed = "closed".equals(r.get("status").asString(null));
            if ((closed && !req.includeClosed()) || (r.get("confidential").asBoolean() && !req.includeConfidential())) {
                continue;
            }
            List<String> regionIds = r.get("regions").asList(Value::asString);
            out.add(new NeedRow(r.get("id").asString(), r.get("title").asString(null),
                    GraphFacts.nullableInt(r.get("year")), r.get("demanderId").asString(null),
                    r.get("demanderName").asString(null), regionIds.isEmpty() ? null : regionIds.get(0),
                    r.get("ipcCodes").asList(Value::asString).stream().map(FeatureCalculator::subclass).distinct().toList(),
                    new HashSet<>(r.get("industries").asList(Value::asString))));
        }
        return out;
    }
}
