package io.techmatch.api.match;

import io.techmatch.core.match.Candidate;
import io.techmatch.core.match.ExplanationPath;
import io.techmatch.core.match.MatchResult;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the matching endpoints (the HTTP contract), mapped from matcher-core's results. */
final class MatchDtos {
    private MatchDtos() {
    }

    record MatchPage(String needId, List<CandidateDto> items, int page, int size, long total, String reason) {
        static MatchPage of(MatchResult result, int page, int size) {
            return new MatchPage(result.needId(), result.candidates().stream().map(CandidateDto::of).toList(), page,
                    size, result.total(), result.emptyReason());
        }
    }

    record CandidateDto(int rank, String orgId, String name, String type, String regionId, String region,
                        double score, Map<String, Double> contributions, Map<String, Double> features,
                        List<EvidenceDto> evidence, List<ExpertDto> experts) {
        static CandidateDto of(Candidate c) {
            return new CandidateDto(c.rank(), c.orgId(), c.name(), c.type(), c.regionId(), c.regionName(), c.score(),
                    c.contributions(), c.features(),
                    c.evidence().stream().map(e -> new EvidenceDto(e.id(), e.kind(), e.title(), e.snippet(), e.year()))
                            .toList(),
                    c.experts().stream().map(x -> new ExpertDto(x.id(), x.name())).toList());
        }
    }

    /** {@code snippet} is HTML-escaped text in which only {@code <em>…</em>} marks matched terms. */
    record EvidenceDto(String id, String kind, String title, String snippet, Integer year) {
    }

    record ExpertDto(String id, String name) {
    }

    record ExplanationDto(String needId, String orgId, String orgName, List<PathDto> paths) {
    }

    /** A free-text match and its explanations, one per ranked partner in rank order ({@code needId} is null). */
    record TextExplanations(MatchPage match, List<ExplanationDto> explanations) {
    }

    record PathDto(String sentence, List<ExplanationPath.PathNode> nodes, List<ExplanationPath.PathEdge> edges) {
        static PathDto of(ExplanationPath p) {
            return new PathDto(p.sentence(), p.nodes(), p.edges());
        }
    }

    record ConsortiumDto(String needId, List<FacetDto> facets, List<TeamDto> teams, String reason) {
    }

    /** A facet of the need; {@code kind} says what it is: an IPC subclass, or a cluster of key {@code terms}. */
    record FacetDto(String id, String label, String kind, List<String> terms, String coveredBy, double coverage) {
    }

    record TeamDto(double score, double coverage, double cohesion, List<MemberDto> members, String explanation) {
    }

    record MemberDto(String orgId, String name, String type, String role, List<String> facets) {
    }

    record ReverseItem(String needId, String title, double score, String demanderOrgId, String demanderName,
                       Map<String, Double> contributions, String explanation) {
    }

    record ReversePage(List<ReverseItem> items, int page, int size, long total, String reason) {
    }
}
