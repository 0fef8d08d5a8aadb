package io.techmatch.core.match;

import java.util.List;

/**
 * The chosen team. {@code coverage}: mean over facets of the best member's coverage; {@code cohesion}: share of
 * member pairs that have co-applied; {@code objective}: what the search maximised. {@code emptyReason} is null
 * unless no team satisfies the constraints.
 */
public record ConsortiumResult(String needId, List<Facet> facets, List<Member> members, double coverage,
                               double cohesion, double objective, List<String> sentences, String emptyReason) {
    public ConsortiumResult {
        facets = List.copyOf(facets);
        members = List.copyOf(members);
        sentences = List.copyOf(sentences);
    }

    /**
     * A part of the need: an IPC subclass ({@code kind = "ipc"}, {@code terms} empty) or a cluster of key terms
     * ({@code "terms"}, best term first; {@code label} joins the first three).
     */
    public record Facet(String id, String kind, String label, List<String> terms, String coveredBy, double coverage) {
        public Facet {
            terms = terms == null ? List.of() : List.copyOf(terms);
        }
    }

    /** A team member, its role ({@code lead} or {@code member}) and the facets it covers best. */
    public record Member(String orgId, String name, String type, String role, double score, List<String> facetIds) {
        public Member {
            facetIds = List.copyOf(facetIds);
        }
    }
}
