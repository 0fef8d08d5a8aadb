package io.techmatch.core.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * The region hierarchy (about 3,300 nodes), read once per {@link Matcher}: static data, and every match asks it
 * for every candidate.
 */
final class RegionIndex {
    /** How a candidate's region relates to the demand's. */
    enum Relation { SAME_CITY, SAME_PROVINCE, BOTH_YRD, CROSS_REGION, UNKNOWN }

    record Region(String id, String name, String level, String parentId, boolean yrd) {
    }

    private static final int MAX_DEPTH = 6;
    private final Map<String, Region> regions;

    RegionIndex(Map<String, Region> regions) {
        this.regions = Map.copyOf(regions);
    }

    static RegionIndex load(GraphReader reader) {
        Map<String, Region> map = new HashMap<>();
        for (Record r : reader.read("regions", Map.of())) {
            String id = r.get("id").asString();
            String level = r.get("level").asString(null);
            boolean yrd = r.get("yrd").isNull() ? isYrdCode(id) : r.get("yrd").asBoolean();
            map.put(id, new Region(id, r.get("name").asString(null), level, r.get("parent").asString(null), yrd));
        }
        return new RegionIndex(map);
    }

    static boolean isYrdCode(String id) {
        return id.startsWith("31") || id.startsWith("32") || id.startsWith("33") || id.startsWith("34");
    }

    boolean contains(String id) {
        return id != null && regions.containsKey(id);
    }

    String name(String id) {
        Region r = id == null ? null : regions.get(id);
        return r == null ? null : r.name();
    }

    /** True when {@code id} is {@code ancestorId} or lies under it. */
    boolean within(String id, String ancestorId) {
        String cur = id;
        for (int i = 0; cur != null && i < MAX_DEPTH; i++) {
            if (cur.equals(ancestorId)) {
                return true;
            }
            Region r = regions.get(cur);
            cur = r == null ? null : r.parentId();
        }
        return false;
    }

    String ancestorAt(String id, String level) {
        String cur = id;
        for (int i = 0; cur != null && i < MAX_DEPTH; i++) {
            Region r = regions.get(cur);
            if (r == null) {
                return null;
            }
            if (level.equals(r.level())) {
                return r.id();
            }
            cur = r.parentId();
        }
        return null;
    }

    boolean inYrd(String id) {
        String province = ancestorAt(id, "province");
        Region r = province == null ? null : regions.get(province);
        return r != null && r.yrd();
    }

    Relation relation(String candidateRegion, String demandRegion) {
        if (!contains(candidateRegion) || !contains(demandRegion)) {
            return Relation.UNKNOWN;
        }
        String cityA = ancestorAt(candidateRegion, "city");
        if (cityA != null && cityA.equals(ancestorAt(demandRegion, "city"))) {
            return Relation.SAME_CITY;
        }
        String provA = ancestorAt(candidateRegion, "province");
        if (provA != null && provA.equals(ancestorAt(demandRegion, "province"))) {
            return Relation.SAME_PROVINCE;
        }
        if (inYrd(candidateRegion) && inYrd(demandRegion)) {
            return Relation.BOTH_YRD;
        }
        return Relation.CROSS_REGION;
    }

    /** The region feature for a candidate under the user's preference; see {@link RegionPreference}. */
    double score(String candidateRegion, String demandRegion, RegionPreference preference) {
        if (preference == RegionPreference.NONE || !contains(candidateRegion)) {
            return 0;
        }
        if (preference == RegionPreference.YRD) {
            return inYrd(candidateRegion) ? 1 : 0;
        }
        Relation rel = relation(candidateRegion, demandRegion);
        if (preference == RegionPreference.NEAR) {
            return switch (rel) {
                case SAME_CITY -> 1.0;
                case SAME_PROVINCE -> 0.7;
                case BOTH_YRD -> 0.4;
                default -> 0.0;
            };
        }
        // CROSS_REGION: another province in the YRD is the point of a 科创飞地
        if (!inYrd(candidateRegion)) {
            return 0.3;
        }
        return switch (rel) {
            case SAME_CITY, SAME_PROVINCE -> 0.5;
            default -> 1.0;
        };
    }

    List<String> ids() {
        return List.copyOf(regions.keySet());
    }
}
