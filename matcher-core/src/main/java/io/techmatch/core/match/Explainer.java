package io.techmatch.core.match;

import io.techmatch.core.match.ExplanationPath.PathEdge;
import io.techmatch.core.match.ExplanationPath.PathNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * Reads explanation paths for many organizations in one query and keeps the top three per organization: the best
 * path of each kind first (by pattern priority), so the three show different reasons, then the next best.
 */
final class Explainer {
    static final int PATHS_PER_CANDIDATE = 3;

    private record Found(String kind, int priority, long strength, ExplanationPath path, String signature) {
    }

    private static final Comparator<Found> ORDER = Comparator.comparingInt(Found::priority)
            .thenComparing(Comparator.comparingLong(Found::strength).reversed())
            .thenComparing(Found::signature);

    private final GraphReader reader;

    Explainer(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * The co-applicants of a need's posters, as the second-degree branch of explain.cypher reads them: their ids
     * (looked up in candidates' strongest co-applicants), element ids (tested while walking a candidate's
     * relationships) and the sum of their degrees (what testing a candidate against each costs).
     */
    record DemanderTies(List<String> keys, List<String> ids, long degrees) {
        DemanderTies {
            keys = List.copyOf(keys);
            ids = List.copyOf(ids);
        }

        /** The same, from what the match read for the need's only poster. */
        static DemanderTies of(GraphFacts.DemanderNeighbours neighbours) {
            return new DemanderTies(neighbours.keys(), neighbours.ids(), neighbours.degreeSum());
        }
    }

    /** Top paths per organization id (every requested id is a key, possibly with an empty list). */
    Map<String, List<ExplanationPath>> explain(String needId, List<String> orgIds, Map<String, List<String>> evidence) {
        if (orgIds.isEmpty()) {
            return Map.of();
        }
        Record r = reader.read("explain-neighbours", Map.of("needId", needId)).get(0);
        return explain(needId, orgIds, evidence, new DemanderTies(r.get("keys").asList(Value::asString),
                r.get("ids").asList(Value::asString), r.get("degrees").asLong()));
    }

    /** The same with the posters' co-applicants already read ({@link DemanderTies}). */
    Map<String, List<ExplanationPath>> explain(String needId, List<String> orgIds, Map<String, List<String>> evidence,
                                               DemanderTies ties) {
        if (orgIds.isEmpty()) {
            return Map.of();
        }
        return select(orgIds, reader.read("explain", Map.of("needId", needId, "orgIds", orgIds, "evidence", evidence,
                "neighbourKeys", ties.keys(), "neighbours", ties.ids(), "neighbourDegrees", ties.degrees())), null);
    }

    /**
     * Paths for a free-text demand, which is not in the graph: each starts with a text-match hop from the query to a
     * document it retrieved ({@link TextMatch}), then follows stored edges from that document to the organization.
     * {@code evidence}: each org's own retrieved documents, best first; {@code hits}: the query's best documents.
     */
    Map<String, List<ExplanationPath>> explainText(TextMatch query, List<String> orgIds,
                                                   Map<String, List<String>> evidence, List<String> hits) {
        if (orgIds.isEmpty()) {
            return Map.of();
        }
        return select(orgIds, reader.read("explain-text", Map.of("orgIds", orgIds, "evidence", evidence, "hits", hits)),
                query);
    }

    private Map<String, List<ExplanationPath>> select(List<String> orgIds, List<Record> rows, TextMatch query) {
        Map<String, List<Found>> byOrg = new LinkedHashMap<>();
        orgIds.forEach(id -> byOrg.put(id, new ArrayList<>()));
        for (Record r : rows) {
            ExplanationPath path = toPath(r.get("kind").asString(), r.get("path").asPath(), query);
            byOrg.get(r.get("orgId").asString()).add(new Found(path.kind(), r.get("priority").asInt(),
                    r.get("strength").asLong(), path, signature(path)));
        }
        Map<String, List<ExplanationPath>> out = new LinkedHashMap<>();
        byOrg.forEach((org, found) -> out.put(org, select(found)));
        return out;
    }

    private static List<ExplanationPath> select(List<Found> found) {
        found.sort(ORDER);
        List<ExplanationPath> chosen = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (Found f : found) {
            if (chosen.size() < PATHS_PER_CANDIDATE && kinds.add(f.kind()) && used.add(f.signature())) {
                chosen.add(f.path());
            }
        }
        for (Found f : found) {
            if (chosen.size() < PATHS_PER_CANDIDATE && used.add(f.signature())) {
                chosen.add(f.path());
            }
        }
        return chosen;
    }

    static ExplanationPath toPath(String kind, Path path, TextMatch query) {
        Map<String, String> idsByElement = new HashMap<>();
        List<PathNode> nodes = new ArrayList<>();
        List<PathEdge> edges = new ArrayList<>();
        if (query != null) {
            String first = path.start().get("id").asString();
            nodes.add(query.node());
            edges.add(query.edgeTo(first));
        }
        for (Node n : path.nodes()) {
            String id = n.get("id").asString();
            idsByElement.put(n.elementId(), id);
            nodes.add(new PathNode(id, primaryLabel(n), displayName(n)));
        }
        for (Relationship rel : path.relationships()) {
            Map<String, Object> props = new TreeMap<>(rel.asMap());
            props.values().removeIf(v -> v == null);
            edges.add(new PathEdge(idsByElement.get(rel.startNodeElementId()), rel.type(),
                    idsByElement.get(rel.endNodeElementId()), props));
        }
        return new ExplanationPath(kind, nodes, edges, PathSentences.sentence(kind, nodes, edges));
    }

    private static String primaryLabel(Node n) {
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        labels.sort(null);
        return labels.isEmpty() ? "" : labels.get(0);
    }

    private static String displayName(Node n) {
        for (String key : List.of("name", "title", "code")) {
            if (!n.get(key).isNull()) {
                return n.get(key).asString();
            }
        }
        return n.get("id").asString();
    }

    private static String signature(ExplanationPath p) {
        StringBuilder sb = new StringBuilder();
        p.nodes().forEach(n -> sb.append(n.id()).append('|'));
        return sb.toString();
    }
}
