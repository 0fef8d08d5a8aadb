package io.techmatch.api.match;

import io.techmatch.core.match.Filters;
import io.techmatch.core.match.MatchOptions;
import io.techmatch.core.match.RegionPreference;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns HTTP filter parameters into matcher-core options; contradictions surface as IllegalArgumentException. */
final class MatchOptionsFactory {
    private MatchOptionsFactory() {
    }

    static MatchOptions options(List<String> regions, List<String> orgTypes, Integer minEvidence, Integer activeSince,
                                String regionPreference, int offset, int limit, boolean includeConfidential) {
        Filters filters = new Filters(set(regions), Set.of(), set(orgTypes), Set.of(), true,
                minEvidence == null ? 0 : minEvidence, activeSince);
        return new MatchOptions(filters, preference(regionPreference), Set.of(), offset, limit, includeConfidential);
    }

    /**
     * The contract's names: {@code city} and {@code province} prefer nearby partners, {@code yrd} the Yangtze River
     * Delta, {@code cross-region} partners elsewhere, {@code none} ignores location.
     */
    static RegionPreference preference(String value) {
        if (value == null || value.isBlank()) {
            return RegionPreference.NEAR;
        }
        return switch (value) {
            case "yrd" -> RegionPreference.YRD;
            case "city", "province", "near" -> RegionPreference.NEAR;
            case "cross-region" -> RegionPreference.CROSS_REGION;
            case "none" -> RegionPreference.NONE;
            default -> throw new IllegalArgumentException("regionPreference must be yrd, province, city, near, "
                    + "cross-region or none");
        };
    }

    private static Set<String> set(List<String> values) {
        Set<String> out = new HashSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(out::add);
        }
        return out;
    }
}
