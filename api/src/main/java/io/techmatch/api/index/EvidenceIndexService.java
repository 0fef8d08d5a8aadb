package io.techmatch.api.index;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphModel;
import io.techmatch.core.search.EvidenceHit;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.IndexStats;
import io.techmatch.core.search.SearchQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the evidence index consistent with the graph: rebuilt at start when empty, stale (dictionary changed) or
 * out of step with the graph's text-bearing nodes, in the background when dense embeddings are on (they are slow),
 * and refreshed for each need the API writes.
 */
public class EvidenceIndexService {
    private static final Logger log = LoggerFactory.getLogger(EvidenceIndexService.class);

    /** Where the index is: {@code READY} to search, or {@code BUILDING} in the background. */
    public enum State { READY, BUILDING, FAILED }

    private final EvidenceIndex index;
    private final GraphConnection graph;
    private final AtomicReference<State> state = new AtomicReference<>(State.READY);
    private volatile String lastBuild = "not rebuilt since start";

    public EvidenceIndexService(EvidenceIndex index, GraphConnection graph) {
        this.index = index;
        this.graph = graph;
    }

    /** Checks the index against the graph and rebuilds it when needed; with {@code background} in a daemon thread. */
    public void ensureConsistent(boolean background) {
        Map<String, Long> graphDocs = graphTextNodes();
        IndexStats stats = index.stats();
        Map<String, Long> indexDocs = new java.util.TreeMap<>();
        graphDocs.keySet().forEach(kind -> indexDocs.put(kind, stats.documentsByKind().getOrDefault(kind, 0L)));
        // per kind, so a node deleted behind the index's back and another of a different kind added are noticed
        String reason = index.isStale() ? "the dictionary changed"
                : !indexDocs.equals(graphDocs) ? "it holds " + indexDocs + " documents, the graph " + graphDocs
                + " text-bearing nodes"
                // an index built while dense was off: hybrid search would silently be lexical only
                : index.settings().denseEnabled() && stats.denseVectors() == 0 && stats.documents() > 0
                ? "dense retrieval is on but its " + stats.documents() + " documents have no vectors" : null;
        if (reason == null) {
            log.info("Evidence index is consistent with the graph: {} documents", stats.documents());
            return;
        }
        log.info("Rebuilding the evidence index because {}", reason);
        state.set(State.BUILDING);
        if (background) {
            Thread thread = new Thread(this::rebuild, "evidence-index-rebuild");
            thread.setDaemon(true);
            thread.start();
        } else {
            rebuild();
        }
    }

    /** Rebuilds the index from the graph now, in this thread. */
    public void rebuild() {
        long start = System.nanoTime();
        state.set(State.BUILDING);
        try {
            IndexStats stats = index.rebuildFromGraph(graph);
            lastBuild = stats.documents() + " documents, " + stats.denseVectors() + " vectors in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms";
            state.set(State.READY);
        } catch (RuntimeException e) {
            log.error("Evidence index rebuild failed", e);
            lastBuild = "failed: " + e.getMessage();
            state.set(State.FAILED);
        }
    }

    /** Re-reads these nodes from the graph after the API changed them. */
    public void refresh(Collection<String> ids) {
        index.refreshFromGraph(graph, ids);
    }

    /** Searches the index as it is now (complete only when {@link #state()} is {@code READY}). */
    public List<EvidenceHit> search(SearchQuery query) {
        return index.search(query);
    }

    public State state() {
        return state.get();
    }

    public Map<String, Object> details() {
        IndexStats stats = index.stats();
        return Map.of("state", state.get().name().toLowerCase(java.util.Locale.ROOT), "documents", stats.documents(),
                "documentsByKind", stats.documentsByKind(), "denseVectors", stats.denseVectors(),
                "dense", index.settings().denseEnabled(), "stale", index.isStale(), "lastBuild", lastBuild);
    }

    /** Text-bearing nodes per label, from Neo4j's count store (constant time whatever the graph's size). */
    private Map<String, Long> graphTextNodes() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            for (String label : GraphModel.Label.TEXT_BEARING) {
                counts.put(label, session.run("MATCH (n:`" + label + "`) RETURN count(n)").single().get(0).asLong());
            }
        }
        return counts;
    }
}
