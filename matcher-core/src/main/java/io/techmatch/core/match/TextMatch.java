package io.techmatch.core.match;

import io.techmatch.core.match.ExplanationPath.PathEdge;
import io.techmatch.core.match.ExplanationPath.PathNode;
import java.util.Map;

/**
 * The first hop of a free-text explanation. A free-text demand has no node in the graph, so the hop from it to a
 * retrieved document is not a graph edge: it is labelled as such ({@link #NODE_LABEL}, {@link #EDGE_TYPE}, and
 * {@code textMatch = true} on the edge), carries the retrieval score, and is the only hop of the path that is not
 * stored in the graph.
 */
record TextMatch(String text, Map<String, Double> scores) {
    static final String NODE_ID = "query";
    static final String NODE_LABEL = "Query";
    static final String EDGE_TYPE = "TEXT_MATCH";
    private static final int NAME_CHARS = 24;

    PathNode node() {
        String t = text.strip().replaceAll("\\s+", " ");
        return new PathNode(NODE_ID, NODE_LABEL, t.length() <= NAME_CHARS ? t : t.substring(0, NAME_CHARS) + "…");
    }

    PathEdge edgeTo(String documentId) {
        Double score = scores.get(documentId);
        return new PathEdge(NODE_ID, EDGE_TYPE, documentId, score == null ? Map.of("textMatch", true)
                : Map.of("textMatch", true, "score", Math.round(score * 1000) / 1000.0));
    }

    static boolean isTextMatch(PathEdge edge) {
        return EDGE_TYPE.equals(edge.type()) && NODE_ID.equals(edge.from());
    }
}
