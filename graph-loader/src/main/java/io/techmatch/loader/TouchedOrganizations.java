package io.techmatch.loader;

import io.techmatch.core.graph.CypherResource;
import io.techmatch.core.graph.GraphModel.Label;
import io.techmatch.loader.source.NodeRow;
import io.techmatch.loader.source.RelRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Session;

/**
 * The organizations whose derived structure a load may have changed: those it wrote, those at an end of a
 * relationship it wrote, and (looked up in the graph after the load) the applicants, posters and owners of the
 * patents, needs and achievements it wrote. Every row counts, changed or not, so a re-run after a kill derives
 * again whatever the killed run left half done.
 */
final class TouchedOrganizations {
    private static final int LOOKUP_BATCH = 10_000;

    private final Set<String> organizations = new HashSet<>();
    private final Set<String> patents = new HashSet<>();
    private final Set<String> needs = new HashSet<>();
    private final Set<String> achievements = new HashSet<>();
    private boolean regions;

    void node(NodeRow row) {
        add(row.label(), row.id());
    }

    void rel(RelRow row) {
        add(row.fromLabel(), row.fromId());
        add(row.toLabel(), row.toId());
    }

    private void add(String label, String id) {
        switch (label) {
            case Label.ORGANIZATION -> organizations.add(id);
            case Label.PATENT -> patents.add(id);
            case Label.NEED -> needs.add(id);
            case Label.ACHIEVEMENT -> achievements.add(id);
            case Label.REGION -> regions = true;
            default -> {
                // IPC classes, industries and experts do not change an organization's derived structure
            }
        }
    }

    /** A new or corrected region can be the region of organizations this load did not touch. */
    boolean regionsChanged() {
        return regions;
    }

    /**
     * The touched organizations' ids that are in the graph ({@code existing}), sorted (the derivation batches are
     * then the same on every run). When the rows named every organization already (a first load, a full reload),
     * looking up the applicants of their patents, needs and achievements cannot add any, and is skipped.
     */
    List<String> resolve(Session session, Set<String> existing) {
        Set<String> ids = new TreeSet<>(organizations);
        if (!organizations.containsAll(existing)) {
            lookUp(session, "/cypher/derive/touched-by-patents.cypher", patents, ids);
            lookUp(session, "/cypher/derive/touched-by-needs.cypher", needs, ids);
            lookUp(session, "/cypher/derive/touched-by-achievements.cypher", achievements, ids);
        }
        ids.retainAll(existing);
        return List.copyOf(ids);
    }

    private static void lookUp(Session session, String resource, Set<String> subjects, Set<String> into) {
        if (subjects.isEmpty()) {
            return;
        }
        String cypher = CypherResource.load(resource);
        List<String> all = new ArrayList<>(subjects);
        for (int i = 0; i < all.size(); i += LOOKUP_BATCH) {
            List<String> part = all.subList(i, Math.min(all.size(), i + LOOKUP_BATCH));
            session.executeRead(tx -> tx.run(cypher, Map.of("ids", part)).list(r -> r.get("id").asString()))
                    .forEach(into::add);
        }
    }
}
