package io.techmatch.evaluation.graph;

import io.techmatch.core.graph.IpcCodes;
import io.techmatch.core.graph.CypherResource;
import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.OrganizationSummaries;
import io.techmatch.core.search.EvidenceDocument;
import io.techmatch.evaluation.dataset.Corpus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an organization-level corpus into the graph as docs/graph-model.md describes it: regions, organizations,
 * IPC classes, patents with APPLIED_FOR and CLASSIFIED_AS, the derived ACTIVE_IN profile and COLLABORATED_WITH
 * from co-applications. Documents in {@code excluded} are left out entirely, together with everything derived from
 * them, so that a held-out patent leaks neither through the profile nor through the collaboration it records.
 */
public final class CorpusGraph {
    private static final Logger log = LoggerFactory.getLogger(CorpusGraph.class);
    static final int BATCH = 500;

    private CorpusGraph() {
    }

    /** Wipes the graph (schema bookkeeping excepted) and loads the corpus without the excluded documents. */
    public static void load(GraphConnection graph, Corpus corpus, Set<String> excluded) {
        long start = System.nanoTime();
        List<EvidenceDocument> docs = corpus.documents().stream().filter(d -> !excluded.contains(d.id())).toList();
        GraphRows rows = GraphRows.of(corpus, docs);
        String source = "evaluation:" + corpus.name();
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            session.run(CypherResource.load("/cypher/eval/wipe.cypher")).consume();
            write(session, "regions", rows.regions(), source);
            write(session, "orgs", rows.orgs(), source);
            write(session, "ipc", rows.ipcClasses(), source);
            write(session, "patents", rows.patents(), source);
            write(session, "active-in", rows.activeIn(), source);
            write(session, "collaborations", rows.collaborations(), source);
        }
        OrganizationSummaries.refreshAll(graph);
        log.info("Loaded corpus {} into the graph: {} orgs, {} patents ({} held out), {} ACTIVE_IN, {} "
                + "COLLABORATED_WITH in {} ms", corpus.name(), rows.orgs().size(), docs.size(), excluded.size(),
                rows.activeIn().size(), rows.collaborations().size(), (System.nanoTime() - start) / 1_000_000);
    }

    private static void write(Session session, String script, List<Map<String, Object>> rows, String source) {
        String cypher = CypherResource.load("/cypher/eval/" + script + ".cypher");
        for (int i = 0; i < rows.size(); i += BATCH) {
            List<Map<String, Object>> batch = rows.subList(i, Math.min(rows.size(), i + BATCH));
            session.executeWrite(tx -> tx.run(cypher, Map.of("rows", batch, "source", source)).consume());
        }
    }

    /** Counts per (org, IPC code) with the last year, the basis of ACTIVE_IN. */
    static Map<String, Map<String, int[]>> profileCounts(List<EvidenceDocument> docs) {
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        for (EvidenceDocument d : docs) {
            for (String owner : d.ownerIds()) {
                for (String code : IpcCodes.profileLevels(d.ipcCodes())) {
                    int[] c = counts.computeIfAbsent(owner, o -> new TreeMap<>()).computeIfAbsent(code, k -> new int[2]);
                    c[0]++;
                    c[1] = Math.max(c[1], d.year() == null ? 0 : d.year());
                }
            }
        }
        return counts;
    }
}
