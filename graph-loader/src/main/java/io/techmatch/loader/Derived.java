package io.techmatch.loader;

import io.techmatch.core.graph.CypherResource;
import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.OrganizationSummaries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The derived structure of organizations: co-applications → COLLABORATED_WITH, IPC and industry profiles →
 * ACTIVE_IN, {@code regionId} → LOCATED_IN, and the co-application summaries that matching reads
 * ({@link OrganizationSummaries}). After a load it is recomputed for the organizations the load touched
 * only; {@link #refreshAll} recomputes it for every organization and gives the same graph. Each batch of
 * organizations is one transaction, so a kill part-way leaves a state the next run completes.
 */
final class Derived {
    private static final Logger log = LoggerFactory.getLogger(Derived.class);
    /**
     * A batch holds consecutive organizations (in id order) up to about this many patents between them, and at most
     * {@link #MAX_ORGANIZATIONS}: organization sizes follow a power law, so a fixed count made transactions of a few
     * hundred thousand patents next to ones of a few hundred.
     */
    static final long PATENTS_PER_BATCH = 50_000;
    static final int MAX_ORGANIZATIONS = 5_000;
    private static final int LOOKUP_BATCH = 10_000;
    private static final String LOCATED_IN = "/cypher/derive/located-in.cypher";
    private static final List<String> PROFILES = List.of(
            "/cypher/derive/collaborations.cypher",
            "/cypher/derive/active-in-ipc.cypher",
            "/cypher/derive/active-in-industry.cypher");

    private Derived() {
    }

    /** Recomputes the derived structure of the organizations a load touched; returns how many there were. */
    static int refresh(GraphConnection graph, TouchedOrganizations touched) {
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            Map<String, Long> all = allOrganizations(session);
            List<String> ids = touched.resolve(session, all.keySet());
            boolean everyOrganization = ids.size() == all.size();
            derive(session, ids, all, !touched.regionsChanged(), everyOrganization);
            if (touched.regionsChanged()) {
                run(session, List.of(LOCATED_IN), new ArrayList<>(all.keySet()), all, true);
            }
            // after every batch: a touched organization's co-applicants may sit in any batch
            OrganizationSummaries.refresh(session, everyOrganization ? ids : withCoApplicants(session, ids));
            return ids.size();
        }
    }

    /** Recomputes the derived structure of every organization. */
    static void refreshAll(GraphConnection graph) {
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            Map<String, Long> all = allOrganizations(session);
            derive(session, new ArrayList<>(all.keySet()), all, true, true);
            OrganizationSummaries.refresh(session, all.keySet());
        }
    }

    private static void derive(Session session, List<String> ids, Map<String, Long> patents, boolean withLocatedIn,
                               boolean everyOrganization) {
        long start = System.nanoTime();
        List<String> scripts = new ArrayList<>(PROFILES);
        if (withLocatedIn) {
            scripts.add(0, LOCATED_IN);
        }
        int batches = run(session, scripts, ids, patents, everyOrganization);
        log.info("Derived the structure of {} organizations in {} batches, {} ms", ids.size(), batches,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static int run(Session session, List<String> scripts, List<String> ids, Map<String, Long> patents,
                           boolean everyOrganization) {
        List<String> statements = scripts.stream().map(CypherResource::load).toList();
        List<List<String>> batches = batches(ids, patents);
        for (int b = 0; b < batches.size(); b++) {
            List<String> part = batches.get(b);
            session.executeWriteWithoutResult(tx -> statements.forEach(s -> tx.run(s, Map.of("ids", part, "all", everyOrganization)).consume()));
            // one line per committed batch: progress for a long derivation, and a point KillAndRerunIT kills at
            log.debug("Committed batch {} of {} of the derivation: {} organizations", b + 1, batches.size(), part.size());
        }
        return batches.size();
    }

    /**
     * {@code ids} with their co-applicants, sorted: a co-applicant's summary counts its co-applications with the
     * touched organizations.
     */
    private static List<String> withCoApplicants(Session session, List<String> ids) {
        String cypher = CypherResource.load("/cypher/derive/co-applicants.cypher");
        TreeSet<String> out = new TreeSet<>(ids);
        for (int i = 0; i < ids.size(); i += LOOKUP_BATCH) {
            List<String> part = ids.subList(i, Math.min(ids.size(), i + LOOKUP_BATCH));
            session.executeRead(tx -> tx.run(cypher, Map.of("ids", part)).list(r -> r.get("id").asString()))
                    .forEach(out::add);
        }
        return List.copyOf(out);
    }

    /** Consecutive runs of {@code ids} of at most {@link #PATENTS_PER_BATCH} patents (one larger organization alone). */
    static List<List<String>> batches(List<String> ids, Map<String, Long> patents) {
        List<List<String>> batches = new ArrayList<>();
        List<String> current = new ArrayList<>();
        long work = 0;
        for (String id : ids) {
            long size = 1 + patents.getOrDefault(id, 0L);
            if (!current.isEmpty() && (work + size > PATENTS_PER_BATCH || current.size() >= MAX_ORGANIZATIONS)) {
                batches.add(current);
                current = new ArrayList<>();
                work = 0;
            }
            current.add(id);
            work += size;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    /** Every organization's id with its number of patents, in id order. */
    private static Map<String, Long> allOrganizations(Session session) {
        Map<String, Long> all = new LinkedHashMap<>();
        session.executeRead(tx -> tx.run(CypherResource.load("/cypher/derive/organizations.cypher")).list())
                .forEach(r -> all.put(r.get("id").asString(), r.get("patents").asLong()));
        return all;
    }
}
