package io.techmatch.core.match;

import java.util.Set;

/**
 * Per-query options: filters, the region preference, preferred organization types (the {@code orgType} feature is 1
 * for these), the page ({@code offset}, {@code limit}) and whether confidential needs and evidence may be read.
 */
public record MatchOptions(Filters filters, RegionPreference regionPreference, Set<String> preferredOrgTypes,
                           int offset, int limit, boolean includeConfidential) {

    public MatchOptions {
        filters = filters == null ? Filters.none() : filters;
        regionPreference = regionPreference == null ? RegionPreference.NEAR : regionPreference;
        preferredOrgTypes = preferredOrgTypes == null ? Set.of()
                : new Filters(null, null, preferredOrgTypes, null, false, 0, null).orgTypes();
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        if (!filters.orgTypes().isEmpty() && !preferredOrgTypes.isEmpty()
                && preferredOrgTypes.stream().noneMatch(filters.orgTypes()::contains)) {
            throw new IllegalArgumentException("preferred organization types " + preferredOrgTypes
                    + " are all excluded by the type filter " + filters.orgTypes());
        }
    }

    public static MatchOptions defaults() {
        return new MatchOptions(Filters.none(), RegionPreference.NEAR, Set.of(), 0, 20, false);
    }

    public MatchOptions withLimit(int newLimit) {
        return new MatchOptions(filters, regionPreference, preferredOrgTypes, offset, newLimit, includeConfidential);
    }

    public MatchOptions withFilters(Filters newFilters) {
        return new MatchOptions(newFilters, regionPreference, preferredOrgTypes, offset, limit, includeConfidential);
    }
}
