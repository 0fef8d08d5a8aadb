package io.techmatch.loader.source;

import java.util.ArrayList;
import java.util.List;

/** Collects what a reader emits, for reader unit tests. */
final class CollectingSink implements RowSink {
    final List<NodeRow> nodes = new ArrayList<>();
    final List<RelRow> rels = new ArrayList<>();
    final List<String> rejects = new ArrayList<>();
    long read;

    public void node(NodeRow row) {
        nodes.add(row);
    }

    public void rel(RelRow row) {
        rels.add(row);
    }

    public void reject(Origin origin, String field, String reason) {
        rejects.add(origin.line() + "\t" + field + "\t" + reason);
    }

    public void read(long bytes) {
        read++;
    }

    List<NodeRow> nodes(String label) {
        return nodes.stream().filter(n -> n.label().equals(label)).toList();
    }
}
