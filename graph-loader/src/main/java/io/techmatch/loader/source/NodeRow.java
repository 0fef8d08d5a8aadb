package io.techmatch.loader.source;

import java.util.Map;

/** One node to MERGE on {@code (label, id)}; {@code props} hold only graph-model properties (no id). */
public record NodeRow(String label, String id, Map<String, Object> props, Origin origin) {
    public NodeRow {
        props = Rows.clean(props);
    }
}
