package io.techmatch.core.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The graph reads behind the features, one batched query per feature family (UNWIND over candidate ids), never
 * one query per candidate.
 */
final class GraphFacts {
    static final List<String> ACADEMIC = List.of("university", "institute", "lab", "hospital");

    record Proximity(Integer distance, long common, double adamicAdar) {
        static final Proximity NONE = new Proximity(null, 0, 0);
    }

    record TrackRecord(long crossCollaborations, long solved, int accepted, int contacted, int rejected) {
        static final TrackRecord NONE = new TrackRecord(0, 0, 0, 0, 0);
    }

    /** Industry parents (one level) and upstream links ({@code a} supplies {@code b}) among a set of industries. */
    record IndustryLinks(Map<String, Set<String>> parents, Set<List<String>> upstream) {
        static final IndustryLinks NONE = new IndustryLinks(Map.of(), Set.of());

        Set<String> withParents(Collection<String> ids) {
            Set<String> out = new HashSet<>(ids);
            ids.forEach(id -> out.addAll(parents.getOrDefault(id, Set.of())));
            return out;
        }
    }

    private final GraphReader reader;

    GraphFacts(GraphReader reader) {
        this.reader = reader;
    }

    Map<String, OrgInfo> orgs(Collection<String> ids) {
        Map<String, OrgInfo> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Record r : reader.read("orgs", Map.of("orgIds", List.copyOf(ids)))) {
            List<OrgInfo.IpcActivity> profile = r.get("ipcProfile").asList(v -> new OrgInfo.IpcActivity(
                    v.get("code").asString(), v.get("count").asLong(), nullableInt(v.get("lastYear"))));
            List<String> regions = r.get("regions").asList(Value::asString);
            out.put(r.get("id").asString(), new OrgInfo(r.get("id").asString(), r.get("name").asString(null),
                    r.get("type").asString(null), r.get("stockCode").asString(null),
                    regions.isEmpty() ? null : regions.get(0), new HashSet<>(r.get("industries").asList(Value::asString)),
                    profile));
        }
        return out;
    }

    Map<String, Proximity> proximity(String demanderId, Collection<String> ids) {
        Map<String, Proximity> out = new HashMap<>();
        if (demanderId == null || ids.isEmpty()) {
            return out;
        }
        for (Record r : reader.read("proximity", Map.of("demanderId", demanderId, "orgIds", List.copyOf(ids)))) {
            out.put(r.get("id").asString(), new Proximity(nullableInt(r.get("distance")), r.get("common").asLong(),
                    r.get("adamicAdar").asDouble()));
        }
        return out;
    }

    Map<String, TrackRecord> trackRecords(Collection<String> ids) {
        Map<String, TrackRecord> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Record r : reader.read("record", Map.of("orgIds", List.copyOf(ids), "academic", ACADEMIC))) {
            long cross = r.get("crossCounts").asList(Value::asLong).stream().mapToLong(Long::longValue).sum();
            List<String> feedback = r.get("feedback").asList(v -> v.asString(""));
            out.put(r.get("id").asString(), new TrackRecord(cross, r.get("solved").asLong(),
                    count(feedback, "accepted"), count(feedback, "contacted"), count(feedback, "rejected")));
        }
        return out;
    }

    IndustryLinks industryLinks(Collection<String> industryIds) {
        if (industryIds.isEmpty()) {
            return IndustryLinks.NONE;
        }
        Map<String, Set<String>> parents = new HashMap<>();
        List<String> all = new ArrayList<>(new HashSet<>(industryIds));
        for (Record r : reader.read("industry-links", Map.of("industryIds", all))) {
            parents.put(r.get("id").asString(), new HashSet<>(r.get("parents").asList(Value::asString)));
        }
        // second read with the parents included, so that chain links between parent industries count too
        Set<String> withParents = new HashSet<>(all);
        parents.values().forEach(withParents::addAll);
        Set<List<String>> upstream = new HashSet<>();
        for (Record r : reader.read("industry-links", Map.of("industryIds", List.copyOf(withParents)))) {
            String from = r.get("id").asString();
            r.get("downstream").asList(Value::asString).forEach(to -> upstream.add(List.of(from, to)));
        }
        return new IndustryLinks(parents, upstream);
    }

    List<String> expand(String query, String key, List<String> values, int limit) {
        if (values.isEmpty() || limit == 0) {
            return List.of();
        }
        return reader.read(query, Map.of(key, values, "limit", limit)).stream()
                .map(r -> r.get("id").asString()).toList();
    }

    private static int count(List<String> values, String wanted) {
        return (int) values.stream().filter(wanted::equals).count();
    }

    static Integer nullableInt(Value v) {
        return v == null || v.isNull() ? null : v.asInt();
    }
}
