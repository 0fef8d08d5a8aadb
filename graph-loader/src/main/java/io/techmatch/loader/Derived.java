package io.techmatch.loader;

import io.techmatch.core.graph.CypherResource;
import io.techmatch.core.graph.GraphConnection;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The derived structure of organizations: co-applications → COLLABORATED_WITH, IPC and industry profiles →
 * ACTIVE_IN, {@code regionId} → LOCATED_IN. After a load it is recomputed for the organizations the load touched
 * only; {@link #refreshAll} recomputes it for every organization and gives the same graph. Each batch of
 * organizations is one transaction, so a kill part-way leaves a state the next run completes.
 */
final class Derived {
    private static final Logger log = LoggerFactory.getLogger(Derived.class);
    static final int BATCH = 500;
    private static final String LOCATED_IN = "/cypher/derive/located-in.cypher";
    private static final List<String> PROFILES = List.of(
            "/cypher/derive/collaborations.cypher",
            "/cypher/derive/ipc-stubs.cypher",
            "/cypher/derive/active-in-ipc.cypher",
            "/cypher/derive/active-in-industry.cypher");

    private Derived() {
    }

    /** Recomputes the derived structure of the organizations a load touched; returns how many there were. */
    static int refresh(GraphConnection graph, TouchedOrganizations touched) {
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            List<String> ids = touched.resolve(session);
            List<String> all = allOrganizations(session);
            boolean everyOrganization = ids.size() == all.size();
            derive(session, ids, !touched.regionsChanged(), everyOrganization);
            if (touched.regionsChanged()) {
                run(session, List.of(LOCATED_IN), all, true);
            }
            return ids.size();
        }
    }

    /** Recomputes the derived structure of every organization. */
    static void refreshAll(GraphConnection graph) {
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            derive(session, allOrganizations(session), true, true);
        }
    }

    private static void derive(Session session, List<String> ids, boolean withLocatedIn, boolean everyOrganization) {
        long start = System.nanoTime();
        List<String> scripts = new java.util.ArrayList<>(PROFILES);
        if (withLocatedIn) {
            scripts.add(0, LOCATED_IN);
        }
        run(session, scripts, ids, everyOrganization);
        log.info("Derived the structure of {} organizations in {} ms", ids.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private static void run(Session session, List<String> scripts, List<String> ids, boolean everyOrganization) {
        List<String> statements = scripts.stream().map(CypherResource::load).toList();
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<String> part = ids.subList(i, Math.min(ids.size(), i + BATCH));
            session.executeWriteWithoutResult(tx -> statements.forEach(s -> tx.run(s, Map.of("ids", part, "all", everyOrganization)).consume()));
        }
    }

    private static List<String> allOrganizations(Session session) {
        return session.executeRead(tx -> tx.run("MATCH (o:Organization) RETURN o.id AS id ORDER BY id")
                .list(r -> r.get("id").asString()));
    }
}
