package io.techmatch.core.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-organization co-application summary that matching reads (see {@code organization-summaries.cypher}):
 * industry-academia co-applications and the strongest co-applicants. It is derived from COLLABORATED_WITH, so
 * whatever writes co-applications refreshes it for the organizations whose relationships or partners changed: the
 * loader's derivation, test fixtures, the evaluation's graphs. {@link GraphConnection#open} computes it for
 * organizations that have none (a graph from before summaries existed).
 */
public final class OrganizationSummaries {
    private static final Logger log = LoggerFactory.getLogger(OrganizationSummaries.class);
    /** Co-applicants kept per organization, the most the graph expansion can add from one candidate. */
    public static final int TOP_CO_APPLICANTS = 100;
    /** Organizations per write transaction. */
    static final int BATCH = 2_000;
    private static final String REFRESH = "/cypher/summary/organization-summaries.cypher";
    private static final String MISSING = "/cypher/summary/organizations-without-summary.cypher";

    private OrganizationSummaries() {
    }

    /** Recomputes the summary of the organizations {@code ids} (unknown ids are skipped), in batches. */
    public static void refresh(Session session, Collection<String> ids) {
        String cypher = CypherResource.load(REFRESH);
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += BATCH) {
            List<String> part = all.subList(i, Math.min(all.size(), i + BATCH));
            session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("ids", part,
                    "academic", GraphModel.OrgType.ACADEMIC_CODES, "top", TOP_CO_APPLICANTS)).consume());
        }
    }

    /** Recomputes every organization's summary. */
    public static void refreshAll(GraphConnection connection) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            refresh(session, session.executeRead(tx -> tx.run("MATCH (o:Organization) RETURN o.id AS id ORDER BY id")
                    .list(r -> r.get("id").asString())));
        }
    }

    /** Computes the summary of the organizations that have none; returns how many there were. */
    static int refreshMissing(GraphConnection connection) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            List<String> missing = session.executeRead(tx -> tx.run(CypherResource.load(MISSING))
                    .list(r -> r.get("id").asString()));
            if (!missing.isEmpty()) {
                long start = System.nanoTime();
                refresh(session, missing);
                log.info("Computed the co-application summary of {} organizations that had none, in {} ms",
                        missing.size(), (System.nanoTime() - start) / 1_000_000);
            }
            return missing.size();
        }
    }
}
