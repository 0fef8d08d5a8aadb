package io.techmatch.core.match;

import io.techmatch.core.graph.GraphModel.OrgType;
import java.util.HashSet;
import java.util.Set;

/**
 * Hard constraints on candidates. {@code regionIds}: keep organizations located in (or under) one of these
 * regions; {@code excludedRegionIds}: drop those in or under these; {@code orgTypes} / {@code excludedOrgTypes}:
 * type codes ({@code firm}, {@code university}, …); {@code excludeDemander}: drop the demanding organization and its
 * affiliates (same stock code, or a name that starts with the demander's name, e.g. its branches);
 * {@code minEvidence}: at least this many retrieved evidence documents; {@code activeSinceYear}: latest evidence
 * year at least this (null = no constraint). Contradictions are rejected with {@link IllegalArgumentException}.
 */
public record Filters(Set<String> regionIds, Set<String> excludedRegionIds, Set<String> orgTypes,
                      Set<String> excludedOrgTypes, boolean excludeDemander, int minEvidence,
                      Integer activeSinceYear) {

    public Filters {
        regionIds = regionIds == null ? Set.of() : Set.copyOf(regionIds);
        excludedRegionIds = excludedRegionIds == null ? Set.of() : Set.copyOf(excludedRegionIds);
        orgTypes = normalizeTypes(orgTypes, "orgTypes");
        excludedOrgTypes = normalizeTypes(excludedOrgTypes, "excludedOrgTypes");
        if (minEvidence < 0) {
            throw new IllegalArgumentException("minEvidence must be >= 0, was " + minEvidence);
        }
        if (activeSinceYear != null && (activeSinceYear < 1900 || activeSinceYear > 2100)) {
            throw new IllegalArgumentException("activeSinceYear must be a year in 1900..2100, was " + activeSinceYear);
        }
        Set<String> both = new HashSet<>(regionIds);
        both.retainAll(excludedRegionIds);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("regions " + both + " are both required and excluded");
        }
        Set<String> types = new HashSet<>(orgTypes);
        types.retainAll(excludedOrgTypes);
        if (!types.isEmpty()) {
            throw new IllegalArgumentException("organization types " + types + " are both required and excluded");
        }
    }

    /** No constraint except excluding the demander itself. */
    public static Filters none() {
        return new Filters(Set.of(), Set.of(), Set.of(), Set.of(), true, 0, null);
    }

    private static Set<String> normalizeTypes(Set<String> types, String field) {
        if (types == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String t : types) {
            try {
                out.add(OrgType.fromCode(t).code());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(field + " holds unknown organization type '" + t
                        + "', known: firm, university, institute, lab, hospital, agency");
            }
        }
        return Set.copyOf(out);
    }
}
