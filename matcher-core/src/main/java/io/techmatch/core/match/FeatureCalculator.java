package io.techmatch.core.match;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the normalized feature values of one candidate from facts already read (no graph access here, so the
 * arithmetic is unit-tested on its own). Every value is in [0, 1].
 */
final class FeatureCalculator {
    /** Recency falls linearly to 0 over this many years before the reference year. */
    static final int RECENCY_YEARS = 10;

    record Inputs(NeedContext need, List<String> needSubclasses, Integer referenceYear, RegionIndex regions,
                  GraphFacts.IndustryLinks industryLinks, MatchOptions options, int topK) {
    }

    /** Co-applications across the firm / academia line at which the experience feature reaches 1. */
    static final int ACADEMIA_SATURATION = 10;

    private FeatureCalculator() {
    }

    static Map<String, Double> features(Inputs in, OrgInfo org, EvidenceAggregator.OrgEvidence evidence,
                                        GraphFacts.Proximity proximity, GraphFacts.TrackRecord record) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put(Feature.TEXT, evidence == null ? 0 : evidence.text());
        f.put(Feature.IPC, ipc(in.needSubclasses(), org, evidence));
        f.put(Feature.INDUSTRY, industry(in.need().industryIds(), org.industries(), in.industryLinks()));
        f.put(Feature.EVIDENCE, evidence == null ? 0 : EvidenceAggregator.countFeature(evidence.hits().size(), in.topK()));
        f.put(Feature.RECENCY, recency(lastYear(org, evidence), in.referenceYear()));
        f.put(Feature.PROXIMITY, proximity(proximity));
        f.put(Feature.ACADEMIA_EXPERIENCE, saturate(record.crossCollaborations(), ACADEMIA_SATURATION));
        f.put(Feature.REGION, in.regions().score(org.regionId(), in.need().regionId(), in.options().regionPreference()));
        f.put(Feature.ORG_TYPE, org.type() != null && in.options().preferredOrgTypes().contains(org.type()) ? 1.0 : 0.0);
        f.put(Feature.CHAIN, chain(org.industries(), in.need().industryIds(), in.industryLinks()));
        f.put(Feature.TRACK_RECORD, trackRecord(record));
        return f;
    }

    /** Share of the need's IPC subclasses found in the org's profile or in its retrieved evidence. */
    static double ipc(List<String> needSubclasses, OrgInfo org, EvidenceAggregator.OrgEvidence evidence) {
        if (needSubclasses.isEmpty()) {
            return 0;
        }
        Set<String> own = new HashSet<>();
        org.ipcProfile().forEach(a -> own.add(subclass(a.code())));
        if (evidence != null) {
            evidence.hits().forEach(h -> h.ipcCodes().forEach(c -> own.add(subclass(c))));
        }
        return needSubclasses.stream().filter(own::contains).count() / (double) needSubclasses.size();
    }

    /** 1 for a shared industry, 0.5 when only the parent industries meet. */
    static double industry(Set<String> need, Set<String> org, GraphFacts.IndustryLinks links) {
        if (need.isEmpty() || org.isEmpty()) {
            return 0;
        }
        if (org.stream().anyMatch(need::contains)) {
            return 1;
        }
        Set<String> a = links.withParents(org);
        a.retainAll(links.withParents(need));
        return a.isEmpty() ? 0 : 0.5;
    }

    /** 1 when the org's industry (or its parent) supplies the need's, 0.5 when it is downstream of it. */
    static double chain(Set<String> org, Set<String> need, GraphFacts.IndustryLinks links) {
        if (need.isEmpty() || org.isEmpty()) {
            return 0;
        }
        Set<String> o = links.withParents(org);
        Set<String> n = links.withParents(need);
        boolean up = false;
        boolean down = false;
        for (List<String> link : links.upstream()) {
            up |= o.contains(link.get(0)) && n.contains(link.get(1));
            down |= n.contains(link.get(0)) && o.contains(link.get(1));
        }
        return up ? 1 : down ? 0.5 : 0;
    }

    static double recency(Integer lastYear, Integer referenceYear) {
        if (lastYear == null || referenceYear == null) {
            return 0;
        }
        double v = 1 - (referenceYear - lastYear) / (double) RECENCY_YEARS;
        return Math.max(0, Math.min(1, v));
    }

    /**
     * 0.6 × inverse shortest co-application distance + 0.4 × AA/(1+AA) (Adamic-Adar squashed into [0, 1): one
     * common neighbour of degree 2 already gives AA = 1.44, so a hard cap would saturate at once).
     */
    static double proximity(GraphFacts.Proximity p) {
        double path = p.distance() == null || p.distance() < 1 ? 0 : 1.0 / p.distance();
        double aa = Math.max(0, p.adamicAdar());
        return 0.6 * path + 0.4 * aa / (1 + aa);
    }

    /** Solved needs count fully, accepted recommendations half, contacts a little, rejections subtract. */
    static double trackRecord(GraphFacts.TrackRecord r) {
        double raw = r.solved() + 0.5 * r.accepted() + 0.2 * r.contacted() - 0.5 * r.rejected();
        return raw <= 0 ? 0 : 1 - Math.exp(-raw / 2);
    }

    static double saturate(long count, int full) {
        return Math.min(1, Math.log1p(count) / Math.log1p(full));
    }

    static Integer lastYear(OrgInfo org, EvidenceAggregator.OrgEvidence evidence) {
        return maxOrNull(org.lastActiveYear(), evidence == null ? null : evidence.lastYear());
    }

    /** The larger year, or the one that is known (an if, not a ternary: a mixed ternary would unbox a null). */
    static Integer maxOrNull(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Math.max(a, b);
    }

    static String subclass(String code) {
        return code.length() >= 4 ? code.substring(0, 4) : code;
    }
}
