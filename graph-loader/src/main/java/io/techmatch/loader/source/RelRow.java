package io.techmatch.loader.source;

import java.util.Map;

/**
 * One relationship to MERGE between two nodes found by id. With {@code createTarget} a missing target is created
 * as a stub (used for IPC codes not yet in the graph, so a patent's classification is never lost).
 */
public record RelRow(String type, String fromLabel, String fromId, String toLabel, String toId,
                     Map<String, Object> props, boolean createTarget, Origin origin) {
    public RelRow {
        props = Rows.clean(props);
    }

    public RelRow(String type, String fromLabel, String fromId, String toLabel, String toId,
                  Map<String, Object> props, Origin origin) {
        this(type, fromLabel, fromId, toLabel, toId, props, false, origin);
    }
}
