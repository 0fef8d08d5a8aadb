package io.techmatch.core.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The graph reads behind the features, one batched query per feature family (UNWIND over candidate ids), never
 * one query per candidate.
 */
final class GraphFacts {
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

    /**
     * The demander's co-applicants (ids, element ids) and their degrees, in the same order; {@link #NONE} without
     * one. The ids are for the explanations ({@link Explainer.DemanderTies}), the rest for the features.
     */
    record DemanderNeighbours(List<String> keys, List<String> ids, List<Long> degrees) {
        static final DemanderNeighbours NONE = new DemanderNeighbours(List.of(), List.of(), List.of());

        DemanderNeighbours {
            keys = List.copyOf(keys);
            ids = List.copyOf(ids);
            degrees = List.copyOf(degrees);
            if (ids.size() != degrees.size() || keys.size() != ids.size()) {
                throw new IllegalArgumentException(keys.size() + " keys, " + ids.size() + " ids, " + degrees.size()
                        + " degrees");
            }
        }

        /** What testing a candidate against every co-applicant costs, in relationships read. */
        long degreeSum() {
            return degrees.stream().mapToLong(Long::longValue).sum();
        }

        Map<String, Long> degreeById() {
            Map<String, Long> out = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                out.put(ids.get(i), degrees.get(i));
            }
            return out;
        }
    }

    private final GraphReader reader;
    private final Executor executor;

    /** @param executor runs the independent reads of one call concurrently (each read is a Bolt round trip) */
    GraphFacts(GraphReader reader, Executor executor) {
        this.reader = reader;
        this.executor = executor;
    }

    /**
     * Candidate organizations with their derived activity where it can score for this need: ACTIVE_IN entries in
     * {@code subclasses} (the need's IPC subclasses) and industries among {@code industries} (see
     * {@link #scoringIndustries}), besides their own IN_INDUSTRY. Empty lists read attributes only. Waits for a read
     * on the executor: never call it from one of the executor's threads.
     */
    Map<String, OrgInfo> orgs(Collection<String> ids, List<String> subclasses, Collection<String> industries) {
        Map<String, OrgInfo> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<String> orgIds = List.copyOf(ids);
        Map<String, List<OrgInfo.IpcActivity>> profiles = new HashMap<>();
        Map<String, Set<String>> active = new HashMap<>();
        // independent of the attributes read below: one round trip runs while the other does
        CompletableFuture<List<Record>> activity = subclasses.isEmpty() && industries.isEmpty()
                ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> reader.read("org-activity", Map.of("orgIds", orgIds,
                        "codes", subclasses, "industryIds", List.copyOf(industries))), executor);
        List<Record> attributes = reader.read("orgs", Map.of("orgIds", orgIds));
        for (Record r : CandidateRanker.join(activity)) {
            String id = r.get("id").asString();
            if (r.get("code").isNull()) {
                active.computeIfAbsent(id, k -> new HashSet<>()).add(r.get("industry").asString());
            } else {
                profiles.computeIfAbsent(id, k -> new ArrayList<>()).add(new OrgInfo.IpcActivity(
                        r.get("code").asString(), r.get("count").asLong(), nullableInt(r.get("lastYear"))));
            }
        }
        for (Record r : attributes) {
            String id = r.get("id").asString();
            List<String> regions = r.get("regions").asList(Value::asString);
            Set<String> orgIndustries = new HashSet<>(r.get("industries").asList(Value::asString));
            orgIndustries.addAll(active.getOrDefault(id, Set.of()));
            List<OrgInfo.IpcActivity> profile = profiles.getOrDefault(id, List.of()).stream()
                    .sorted(java.util.Comparator.comparing(OrgInfo.IpcActivity::code)).toList();
            out.put(id, new OrgInfo(id, r.get("name").asString(null), r.get("type").asString(null),
                    r.get("stockCode").asString(null), regions.isEmpty() ? null : regions.get(0), orgIndustries,
                    profile));
        }
        return out;
    }

    /**
     * The industries an organization must be active in to score on the industry or chain feature of a need with
     * these industries (its own, parents, siblings, and those one chain link away with their children).
     */
    Set<String> scoringIndustries(Collection<String> needIndustries) {
        if (needIndustries.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        reader.read("need-industries", Map.of("industryIds", List.copyOf(needIndustries)))
                .forEach(r -> out.addAll(r.get("ids").asList(Value::asString)));
        return out;
    }

    /** A candidate's collaboration facts: proximity to the demander and track record. */
    record Collaboration(Proximity proximity, TrackRecord record) {
    }

    /** The demander's co-applicants, read once per match (it depends on the need only). */
    DemanderNeighbours demanderNeighbours(String demanderId) {
        if (demanderId == null) {
            return DemanderNeighbours.NONE;
        }
        Record n = reader.read("demander-neighbours", Map.of("demanderId", demanderId)).get(0);
        return new DemanderNeighbours(n.get("keys").asList(Value::asString), n.get("ids").asList(Value::asString),
                n.get("degrees").asList(Value::asLong));
    }

    /**
     * Proximity to the demander (shortest co-application distance up to 4, common co-applicants, Adamic-Adar) and
     * track record of each candidate. Distances 1 and 2 follow from the demander's co-applicants
     * ({@link #demanderNeighbours}); only the other candidates need a path search. Without a demander, proximity is
     * {@link Proximity#NONE}. {@code demander} is what {@link #demanderNeighbours} gave for {@code demanderId}.
     */
    Map<String, Collaboration> collaborations(String demanderId, DemanderNeighbours demander, Collection<String> ids) {
        Map<String, Collaboration> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        // without a demander, demanderNeighbours gave NONE: no co-applicants to test
        List<String> neighbours = demander.ids();
        long neighbourDegrees = demander.degreeSum();
        Map<String, Long> degreeById = demander.degreeById();
        List<String> farther = new ArrayList<>();
        Map<String, Object> params = new HashMap<>(Map.of("orgIds", List.copyOf(ids), "neighbours", neighbours,
                "neighbourDegrees", neighbourDegrees));
        params.put("demanderId", demanderId); // null without a demander
        for (Record r : reader.read("collaboration", params)) {
            String id = r.get("id").asString();
            List<String> feedback = r.get("feedback").asList(v -> v.asString(""));
            TrackRecord record = new TrackRecord(r.get("crossCount").asLong(), r.get("solved").asLong(),
                    count(feedback, "accepted"), count(feedback, "contacted"), count(feedback, "rejected"));
            List<String> common = r.get("common").asList(Value::asString);
            // a common co-applicant has both the demander and the candidate as co-applicants: degree >= 2
            double adamicAdar = common.stream().mapToDouble(z -> 1.0 / Math.log(degreeById.get(z))).sum();
            Integer distance = r.get("direct").asBoolean() ? Integer.valueOf(1) : common.isEmpty() ? null : 2;
            Proximity proximity;
            if (demanderId == null || id.equals(demanderId)) {
                proximity = Proximity.NONE;
            } else if (distance == null) {
                proximity = Proximity.NONE;
                farther.add(id);
            } else {
                proximity = new Proximity(distance, common.size(), adamicAdar);
            }
            out.put(id, new Collaboration(proximity, record));
        }
        if (!farther.isEmpty() && !neighbours.isEmpty()) {
            for (Record r : reader.read("proximity-paths", Map.of("demanderId", demanderId, "orgIds", farther))) {
                String id = r.get("id").asString();
                out.put(id, new Collaboration(new Proximity(nullableInt(r.get("distance")), 0, 0), out.get(id).record()));
            }
        }
        return out;
    }

    /** Proximity of each organization to {@code demanderId}; see {@link #collaborations}. */
    Map<String, Proximity> proximity(String demanderId, Collection<String> ids) {
        Map<String, Proximity> out = new HashMap<>();
        if (demanderId != null) {
            collaborations(demanderId, demanderNeighbours(demanderId), ids)
                    .forEach((id, c) -> out.put(id, c.proximity()));
        }
        return out;
    }

    IndustryLinks industryLinks(Collection<String> industryIds) {
        if (industryIds.isEmpty()) {
            return IndustryLinks.NONE;
        }
        Map<String, Set<String>> parents = new HashMap<>();
        Set<List<String>> upstream = new HashSet<>();
        for (Record r : reader.read("industry-links", Map.of("industryIds", List.copyOf(new HashSet<>(industryIds))))) {
            String from = r.get("id").asString();
            List<String> ps = r.get("parents").asList(Value::asString);
            if (!ps.isEmpty()) {
                parents.put(from, new HashSet<>(ps));
            }
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
