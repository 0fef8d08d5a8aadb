package io.techmatch.core.match;

import java.util.List;

/**
 * One path of the graph from the need to the organization, as graph JSON ({@code nodes}, {@code edges} in their
 * stored direction) plus a sentence. {@code kind} names the pattern ({@code ipc}, {@code ipc-hierarchy},
 * {@code expert}, {@code chain-partner}, {@code collaboration}, {@code collaboration-2}, {@code solved-similar},
 * {@code upstream}, {@code industry}, {@code region}).
 */
public record ExplanationPath(String kind, List<PathNode> nodes, List<PathEdge> edges, String sentence) {
    public ExplanationPath {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A node: its {@code id}, label and display name (name, title or code). */
    public record PathNode(String id, String label, String name) {
    }

    /** An edge from {@code from} to {@code to} (node ids) as stored, with its properties. */
    public record PathEdge(String from, String type, String to, java.util.Map<String, Object> properties) {
        public PathEdge {
            properties = java.util.Map.copyOf(properties);
        }
    }
}
