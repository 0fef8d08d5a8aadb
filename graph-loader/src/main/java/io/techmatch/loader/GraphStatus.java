package io.techmatch.loader;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the graph holds: node counts per label, relationship counts per type, and the loads of this process. */
public record GraphStatus(Map<String, Long> nodes, Map<String, Long> relationships, List<LoadRecord> lastLoads) {
    public GraphStatus {
        nodes = Map.copyOf(nodes);
        relationships = Map.copyOf(relationships);
        lastLoads = List.copyOf(lastLoads);
    }

    /** One load run: what was loaded, when, and its summary. */
    public record LoadRecord(SourceType source, List<String> files, Instant finishedAt, LoadSummary summary) {
    }
}
