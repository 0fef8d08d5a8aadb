package io.techmatch.core.match;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.search.EvidenceHit;
import io.techmatch.core.search.EvidenceSearch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.neo4j.driver.Record;

/**
 * The partner-matching facade: rank organizations for a need (or free text), explain a match, build a consortium,
 * and match in reverse (achievement, patent or organization → needs). Thread-safe; static graph data (the region
 * hierarchy) is read once per instance, so keep one Matcher per graph.
 */
public final class Matcher {
    /**
     * Runs independent graph reads of one match concurrently. Shared by all Matchers (the reads are I/O-bound
     * round trips, and a pool per instance would leak threads, as Matcher has no close); daemon threads so that
     * command-line tools can exit.
     */
    private static final java.util.concurrent.ExecutorService READS = java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "techmatch-match-read");
        t.setDaemon(true);
        return t;
    });
    /** The query's best documents that free-text paths may start from for organizations without their own. */
    private static final int TEXT_EXPLANATION_HITS = 10;
    private final MatchSettings settings;
    private final GraphReader reader;
    private final NeedLoader needs;
    private final CandidateRanker ranker;
    private final Explainer explainer;
    private final EvidenceSearch evidence;
    private final RegionIndex regions;
    // stateless over the graph: built once per Matcher, not per request
    private final ConsortiumBuilder consortia;
    private final ReverseMatcher reverse;

    public Matcher(GraphConnection graph, EvidenceSearch evidence, MatchSettings settings) {
        this.settings = settings == null ? MatchSettings.defaults() : settings;
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.reader = new GraphReader(Objects.requireNonNull(graph, "graph"));
        this.regions = RegionIndex.load(reader);
        this.needs = new NeedLoader(reader);
        GraphFacts facts = new GraphFacts(reader, READS);
        this.ranker = new CandidateRanker(facts, evidence, this.settings, regions, READS);
        this.explainer = new Explainer(reader);
        this.consortia = new ConsortiumBuilder(reader, evidence, this.settings, regions);
        this.reverse = new ReverseMatcher(reader, facts, evidence, this.settings, regions, explainer);
    }

    /** Ranks partners for a stored need. @throws NotFoundException for an unknown (or hidden confidential) need */
    public MatchResult matchNeed(String needId, MatchOptions options) {
        MatchOptions opts = checked(options);
        NeedContext need = needs.need(needId, opts.includeConfidential());
        return page(ranker.rank(need, opts), opts);
    }

    /**
     * {@link #matchNeed} followed by {@link #explainAll} of its page, with the same results, in fewer graph reads:
     * the need and its demander's co-applicants are read once for both (when one organization posted it), and the
     * paths are read while the page's snippets and experts are.
     * @throws NotFoundException for an unknown (or hidden confidential) need
     */
    public ExplainedMatch matchNeedExplained(String needId, MatchOptions options) {
        MatchOptions opts = checked(options);
        NeedContext need = needs.need(needId, opts.includeConfidential());
        CandidateRanker.Ranking ranking = ranker.rank(need, opts);
        Map<String, List<String>> ev = new LinkedHashMap<>();
        pageOf(ranking.candidates(), opts).forEach(s -> ev.put(s.id(), shownEvidence(s).stream()
                .map(EvidenceHit::id).toList()));
        List<String> orgIds = List.copyOf(ev.keySet());
        // explain-neighbours reads the co-applicants of every poster; the match read those of the first only
        var paths = CompletableFuture.supplyAsync(() -> need.posters() <= 1
                ? explainer.explain(needId, orgIds, ev, Explainer.DemanderTies.of(ranking.demanderNeighbours()))
                : explainer.explain(needId, orgIds, ev), READS);
        MatchResult result = page(ranking, opts);
        Map<String, Explanation> out = new LinkedHashMap<>();
        CandidateRanker.join(paths).forEach((org, p) -> out.put(org, new Explanation(needId, org, p)));
        return new ExplainedMatch(result, out);
    }

    /** Ranks partners for free text; empty or meaningless text gives an empty result with a reason. */
    public MatchResult matchText(MatchRequest request) {
        Objects.requireNonNull(request, "request");
        MatchOptions opts = checked(request.options());
        return page(ranker.rank(needs.text(request), opts), opts);
    }

    /** Up to three graph paths from the need to the organization, each with a sentence. */
    public Explanation explain(String needId, String orgId) {
        needs.need(needId, true);
        if (reader.read("demander", Map.of("orgId", orgId == null ? "" : orgId)).isEmpty()) {
            throw new NotFoundException("organization", orgId);
        }
        return new Explanation(needId, orgId, explainer.explain(needId, List.of(orgId), Map.of()).get(orgId));
    }

    /**
     * Explanations for many organizations of one need in a single graph read (for a result page), preferring paths
     * through each candidate's retrieved evidence.
     */
    public Map<String, Explanation> explainAll(String needId, MatchResult result) {
        if (needId == null || needId.isBlank()) {
            // paths start at the need node: a free-text demand has none in the graph
            throw new IllegalArgumentException("explanations need a stored need id; free-text results have none");
        }
        needs.need(needId, true);
        Map<String, List<String>> ev = new LinkedHashMap<>();
        result.candidates().forEach(c -> ev.put(c.orgId(), c.evidence().stream().map(EvidenceRef::id).toList()));
        Map<String, Explanation> out = new LinkedHashMap<>();
        explainer.explain(needId, List.copyOf(ev.keySet()), ev)
                .forEach((org, paths) -> out.put(org, new Explanation(needId, org, paths)));
        return out;
    }

    /**
     * Explanations for a free-text result ({@link #matchText}): the demand is not in the graph, so each path starts
     * with a hop labelled as a text match ({@code Query} node, {@code TEXT_MATCH} edge with {@code textMatch = true}
     * and the retrieval score) to a document the query retrieved, and continues over stored edges only: the
     * document's owner, the inventor's affiliation, a co-applicant of the document's owner, or a document of the
     * organization in the same IPC class. {@link Explanation#needId()} is null.
     */
    public Map<String, Explanation> explainText(String text, MatchResult result) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("free-text explanations need the demand text");
        }
        Map<String, List<String>> ev = new LinkedHashMap<>();
        Map<String, Double> scores = new java.util.HashMap<>();
        for (Candidate c : result.candidates()) {
            ev.put(c.orgId(), c.evidence().stream().map(EvidenceRef::id).toList());
            c.evidence().forEach(r -> scores.merge(r.id(), r.score(), Math::max));
        }
        List<String> hits = scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TEXT_EXPLANATION_HITS).map(Map.Entry::getKey).toList();
        Map<String, Explanation> out = new LinkedHashMap<>();
        explainer.explainText(new TextMatch(text, scores), List.copyOf(ev.keySet()), ev, hits)
                .forEach((org, paths) -> out.put(org, new Explanation(null, org, paths)));
        return out;
    }

    /** A team of 2–4 organizations covering the need's facets; see {@link ConsortiumOptions}. */
    public ConsortiumResult consortium(String needId, ConsortiumOptions options) {
        ConsortiumOptions opts = options == null ? ConsortiumOptions.defaults() : options;
        NeedContext need = needs.need(needId, opts.matchOptions().includeConfidential());
        CandidateRanker.Ranking ranking = ranker.rank(need, opts.matchOptions());
        return consortia.build(ranking, opts);
    }

    /** Needs an achievement, patent or organization could serve, ranked and explained like forward matches. */
    public ReverseMatchResult reverse(ReverseRequest request) {
        Objects.requireNonNull(request, "request");
        return reverse.match(request);
    }

    public MatchSettings settings() {
        return settings;
    }

    private MatchOptions checked(MatchOptions options) {
        MatchOptions opts = options == null ? MatchOptions.defaults() : options;
        if (opts.limit() > settings.maxResults()) {
            throw new IllegalArgumentException("limit must be at most " + settings.maxResults() + ", was " + opts.limit());
        }
        return opts;
    }

    private MatchResult page(CandidateRanker.Ranking ranking, MatchOptions opts) {
        List<CandidateRanker.Scored> all = ranking.candidates();
        int from = Math.min(opts.offset(), all.size());
        List<CandidateRanker.Scored> page = pageOf(all, opts);
        // the experts are a graph round trip, the snippets index work: one runs while the other does
        var expertsRead = CompletableFuture.supplyAsync(() -> experts(page), READS);
        List<String> shown = page.stream().flatMap(s -> shownEvidence(s).stream()).map(EvidenceHit::id).toList();
        Map<String, String> snippets = shown.isEmpty() ? Map.of()
                : evidence.snippets(ranking.need().text(), settings.retrievalMode(), shown);
        Map<String, List<ExpertRef>> experts = CandidateRanker.join(expertsRead);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            CandidateRanker.Scored s = page.get(i);
            OrgInfo o = s.org();
            List<EvidenceRef> refs = shownEvidence(s).stream().map(h -> new EvidenceRef(h.id(), h.kind(), h.title(),
                    h.year(), h.score(), snippets.getOrDefault(h.id(), ""))).toList();
            out.add(new Candidate(from + i + 1, o.id(), o.name(), o.type(), o.regionId(), regions.name(o.regionId()),
                    s.score(), s.features(), s.contributions(), refs, experts.getOrDefault(o.id(), List.of())));
        }
        String reason = ranking.emptyReason();
        if (reason == null && out.isEmpty()) {
            reason = "offset " + opts.offset() + " is beyond the " + all.size() + " candidates";
        }
        return new MatchResult(ranking.need().needId(), out, all.size(), out.isEmpty() ? reason : null);
    }

    /** The evidence a candidate shows: its best hits, up to evidencePerCandidate. */
    private static List<CandidateRanker.Scored> pageOf(List<CandidateRanker.Scored> all, MatchOptions opts) {
        int from = Math.min(opts.offset(), all.size());
        return all.subList(from, Math.min(all.size(), from + opts.limit()));
    }

    private List<EvidenceHit> shownEvidence(CandidateRanker.Scored s) {
        return s.evidence() == null ? List.of()
                : s.evidence().hits().stream().limit(settings.evidencePerCandidate()).toList();
    }

    private Map<String, List<ExpertRef>> experts(List<CandidateRanker.Scored> page) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (CandidateRanker.Scored s : page) {
            if (s.evidence() != null) {
                List<String> docs = s.evidence().hits().stream().filter(h -> "Patent".equals(h.kind()))
                        .map(EvidenceHit::id).toList();
                if (!docs.isEmpty()) {
                    pairs.add(Map.of("orgId", s.id(), "docIds", docs));
                }
            }
        }
        Map<String, List<ExpertRef>> out = new LinkedHashMap<>();
        if (pairs.isEmpty()) {
            return out;
        }
        for (Record r : reader.read("experts", Map.of("pairs", pairs))) {
            out.put(r.get("orgId").asString(), r.get("experts").asList(v -> new ExpertRef(v.get("id").asString(),
                    v.get("name").asString(null), v.get("title").asString(null), v.get("evidence").asInt())));
        }
        return out;
    }
}
