package io.techmatch.loader.source;

import io.techmatch.core.graph.GraphModel.Label;
import io.techmatch.core.graph.GraphModel.OrgType;
import io.techmatch.core.graph.GraphModel.Rel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Validates one canonical record (a parsed JSON line or CSV row) and emits it as a node or relationship. */
final class CanonicalRows {
    private static final Set<String> REL_KEYS = Set.of("rel", "from", "to", "fromLabel", "toLabel", "fromName", "toName");

    private CanonicalRows() {
    }

    static void emit(Map<String, Object> fields, Origin origin, ReadContext context, RowSink sink) {
        if (fields.get("rel") != null) {
            rel(fields, origin, context, sink);
        } else if (fields.get("label") != null) {
            node(fields, origin, context, sink);
        } else {
            sink.reject(origin, "label", "neither \"label\" (a node) nor \"rel\" (a relationship) is given");
        }
    }

    private static void node(Map<String, Object> fields, Origin origin, ReadContext context, RowSink sink) {
        String label = String.valueOf(fields.get("label"));
        if (!Label.ALL.contains(label) || label.equals(Label.FEEDBACK)) {
            sink.reject(origin, "label", "unknown label '" + label + "'");
            return;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (e.getKey().equals("label") || e.getKey().equals("id")) {
                continue;
            }
            try {
                props.put(e.getKey(), PropertySchema.coerce(PropertySchema.nodeType(label, e.getKey()), e.getValue()));
            } catch (IllegalArgumentException bad) {
                sink.reject(origin, e.getKey(), bad.getMessage());
                return;
            }
        }
        String id = Rows.text(fields.get("id"));
        if (label.equals(Label.ORGANIZATION)) {
            String name = Rows.text(props.get("name"));
            if (name == null) {
                sink.reject(origin, "name", "an organization needs a name");
                return;
            }
            if (props.get("type") != null) {
                try {
                    OrgType.fromCode(props.get("type").toString());
                } catch (IllegalArgumentException bad) {
                    sink.reject(origin, "type", "unknown organization type '" + props.get("type") + "'");
                    return;
                }
            }
            props.put("id", id);
            context.organization(name, props, origin, sink);
            return;
        }
        if (id == null) {
            sink.reject(origin, "id", "missing id");
            return;
        }
        if (label.equals(Label.PATENT) && props.get("ipcCodes") instanceof java.util.List<?> codes) {
            for (Object code : codes) {
                if (!PropertySchema.isIpcCode(code.toString())) {
                    sink.reject(origin, "ipcCodes", "unknown IPC code '" + code + "'");
                    return;
                }
            }
        }
        if (label.equals(Label.IPC_CLASS) && !PropertySchema.isIpcCode(id)) {
            sink.reject(origin, "id", "unknown IPC code '" + id + "'");
            return;
        }
        sink.node(new NodeRow(label, id, props, origin));
    }

    private static void rel(Map<String, Object> fields, Origin origin, ReadContext context, RowSink sink) {
        String type = String.valueOf(fields.get("rel"));
        RelSpec spec = RelSpec.ALL.get(type);
        if (spec == null) {
            sink.reject(origin, "rel", "unknown relationship type '" + type + "'");
            return;
        }
        String fromLabel = Rows.text(fields.get("fromLabel")) == null ? spec.from().get(0) : Rows.text(fields.get("fromLabel"));
        String toLabel = Rows.text(fields.get("toLabel")) == null ? spec.to().get(0) : Rows.text(fields.get("toLabel"));
        if (!spec.from().contains(fromLabel) || !spec.to().contains(toLabel)) {
            sink.reject(origin, "fromLabel", type + " cannot go from " + fromLabel + " to " + toLabel);
            return;
        }
        String from = end(fields, "from", fromLabel, context);
        String to = end(fields, "to", toLabel, context);
        if (from == null || to == null) {
            sink.reject(origin, from == null ? "from" : "to", "missing id (give \"" + (from == null ? "from" : "to")
                    + "\", or \"" + (from == null ? "fromName" : "toName") + "\" for an organization)");
            return;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (REL_KEYS.contains(e.getKey())) {
                continue;
            }
            try {
                props.put(e.getKey(), PropertySchema.coerce(PropertySchema.relType(type, e.getKey()), e.getValue()));
            } catch (IllegalArgumentException bad) {
                sink.reject(origin, e.getKey(), bad.getMessage());
                return;
            }
        }
        if (type.equals(Rel.COLLABORATED_WITH) && from.compareTo(to) > 0) {
            String t = from;
            from = to;
            to = t; // stored once per pair, from the smaller id to the larger
        }
        boolean stub = toLabel.equals(Label.IPC_CLASS);
        if (stub && !PropertySchema.isIpcCode(to)) {
            sink.reject(origin, "to", "unknown IPC code '" + to + "'");
            return;
        }
        sink.rel(new RelRow(type, fromLabel, from, toLabel, to, props, stub, origin));
    }

    private static String end(Map<String, Object> fields, String side, String label, ReadContext context) {
        String id = Rows.text(fields.get(side));
        String name = Rows.text(fields.get(side + "Name"));
        if (id == null && name != null && label.equals(Label.ORGANIZATION)) {
            return context.resolver().resolve(name).id();
        }
        return id;
    }
}
