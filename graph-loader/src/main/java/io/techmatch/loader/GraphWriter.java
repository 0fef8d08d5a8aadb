package io.techmatch.loader;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphModel.Label;
import io.techmatch.core.graph.IpcCodes;
import io.techmatch.loader.source.NodeRow;
import io.techmatch.loader.source.Origin;
import io.techmatch.loader.source.RelRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers rows per label and per relationship shape and hands each full buffer, prepared (hashed, as query
 * parameters), to the writer thread as one transaction: an {@code UNWIND} batch ({@link BatchWriter}). Nodes are
 * always submitted before relationships, and the writer runs batches in order, so relationships find their ends;
 * those whose ends are missing are retried once at the end of the load before they are rejected.
 */
final class GraphWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);
    private static final Set<String> LABELS = Set.copyOf(Label.ALL);
    /**
     * Longest id or indexed name a row may carry. Neo4j's range-index keys hold about 8 KB; a longer value fails
     * the whole batch's transaction (and with it the load), so such a row is rejected on its own instead.
     */
    static final int MAX_INDEXED_CHARS = 1_000;
    private static final List<String> INDEXED_PROPERTIES = List.of("name", "normName", "type", "status");
    /** Batches in flight: one being written, one prepared and waiting (more only holds memory). */
    private static final int PIPELINE_DEPTH = 2;

    private final int batchSize;
    private final RejectReport rejects;
    private final Map<String, List<NodeRow>> nodes = new LinkedHashMap<>();
    private final Map<String, List<RelRow>> rels = new LinkedHashMap<>();
    private final TouchedOrganizations touched = new TouchedOrganizations();
    /** Organizations written so far in this load: only an organization's first row in a load may correct it. */
    private final Set<String> organizationsSeen = new HashSet<>();
    private final SourceType source;
    private final BatchWriter writer;
    private final WritePipeline pipeline = new WritePipeline(PIPELINE_DEPTH);

    GraphWriter(GraphConnection graph, int batchSize, SourceType source, RejectReport rejects) {
        this.source = source;
        this.batchSize = batchSize;
        this.rejects = rejects;
        this.writer = new BatchWriter(graph, rejects);
    }

    void node(NodeRow row) {
        requireLabel(row.label());
        String oversized = tooLong("id", row.id());
        for (String property : INDEXED_PROPERTIES) {
            oversized = oversized != null ? oversized : tooLong(property, row.props().get(property));
        }
        if (oversized != null) {
            rejects.add(row.origin(), oversized, "longer than " + MAX_INDEXED_CHARS + " characters, the limit for "
                    + "ids and indexed names");
            return;
        }
        touched.node(row);
        List<NodeRow> buffer = nodes.computeIfAbsent(row.label(), k -> new ArrayList<>());
        buffer.add(row);
        if (buffer.size() >= batchSize) {
            flushNodes(row.label());
        }
    }

    void rel(RelRow row) {
        requireLabel(row.fromLabel());
        requireLabel(row.toLabel());
        String oversized = tooLong("from", row.fromId());
        oversized = oversized != null ? oversized : tooLong("to", row.toId());
        if (oversized != null) {
            rejects.add(row.origin(), oversized, "id longer than " + MAX_INDEXED_CHARS + " characters");
            return;
        }
        touched.rel(row);
        String key = shape(row);
        List<RelRow> buffer = rels.computeIfAbsent(key, k -> new ArrayList<>());
        buffer.add(row);
        if (buffer.size() >= batchSize) {
            flushAllNodes();
            flushRels(key, false);
        }
    }

    private static String shape(RelRow row) {
        return row.type() + "|" + row.fromLabel() + "|" + row.toLabel() + "|" + row.createTarget();
    }

    private static String tooLong(String field, Object value) {
        return value instanceof String text && text.length() > MAX_INDEXED_CHARS ? field : null;
    }

    /** Writes everything still buffered, retries relationships that missed an end, and rejects the rest. */
    void finish() {
        flushAllNodes();
        for (String key : new ArrayList<>(rels.keySet())) {
            flushRels(key, false);
        }
        pipeline.drain();
        Map<String, List<RelRow>> grouped = new LinkedHashMap<>();
        for (RelRow row : writer.takeRetries()) {
            grouped.computeIfAbsent(shape(row), k -> new ArrayList<>()).add(row);
        }
        for (List<RelRow> rows : grouped.values()) {
            for (int i = 0; i < rows.size(); i += batchSize) {
                for (List<RelRow> part : distinct(rows.subList(i, Math.min(rows.size(), i + batchSize)),
                        r -> r.fromId() + "\u0000" + r.toId())) {
                    submitRels(part, true);
                }
            }
        }
        pipeline.drain();
        log.info("Wrote {} batches: {} created, {} updated, {} unchanged", writer.batches(), writer.created(),
                writer.updated(), writer.unchanged());
    }

    TouchedOrganizations touched() {
        return touched;
    }

    long created() {
        return writer.created();
    }

    long updated() {
        return writer.updated();
    }

    long unchanged() {
        return writer.unchanged();
    }

    private void flushAllNodes() {
        for (String label : new ArrayList<>(nodes.keySet())) {
            flushNodes(label);
        }
    }

    private void flushNodes(String label) {
        List<NodeRow> buffer = nodes.remove(label);
        if (buffer == null || buffer.isEmpty()) {
            return;
        }
        // Rows of one UNWIND do not see each other's writes, so a batch never holds the same id twice.
        for (List<NodeRow> part : distinct(buffer, NodeRow::id)) {
            submitNodes(label, part);
        }
    }

    /** Prepares a batch here, on the reading thread (hashes, parameters), and queues its transaction. */
    private void submitNodes(String label, List<NodeRow> buffer) {
        boolean organization = label.equals(Label.ORGANIZATION);
        List<Map<String, Object>> rows = new ArrayList<>(buffer.size());
        List<String> ids = new ArrayList<>(buffer.size());
        boolean mayBeNew = true;
        for (NodeRow row : buffer) {
            Map<String, Object> params = new HashMap<>();
            params.put("id", row.id());
            params.put("props", row.props());
            params.put("hash", ContentHash.of(row.props()));
            params.put("source", sourceOf(row.origin()));
            if (organization) {
                boolean first = organizationsSeen.add(row.id());
                params.put("precedence", (long) source.precedence());
                params.put("first", first);
                mayBeNew &= first; // an organization written before in this load exists
            }
            rows.add(params);
            ids.add(row.id());
        }
        BatchWriter.Nodes batch = new BatchWriter.Nodes(label, rows, ids, mayBeNew);
        pipeline.submit(() -> writer.nodes(batch));
    }

    private void flushRels(String key, boolean last) {
        List<RelRow> buffer = rels.remove(key);
        if (buffer != null && !buffer.isEmpty()) {
            for (List<RelRow> part : distinct(buffer, r -> r.fromId() + "\u0000" + r.toId())) {
                submitRels(part, last);
            }
        }
    }

    private void submitRels(List<RelRow> buffer, boolean last) {
        List<Map<String, Object>> params = new ArrayList<>(buffer.size());
        for (int i = 0; i < buffer.size(); i++) {
            RelRow row = buffer.get(i);
            Map<String, Object> p = new HashMap<>();
            p.put("idx", (long) i);
            p.put("from", row.fromId());
            p.put("to", row.toId());
            p.put("props", row.props());
            params.add(p);
        }
        List<Map<String, Object>> targets = buffer.get(0).createTarget()
                ? buffer.stream().map(RelRow::toId).distinct()
                        .map(id -> Map.<String, Object>of("id", id, "level", IpcCodes.level(id))).toList()
                : List.of();
        BatchWriter.Rels batch = new BatchWriter.Rels(buffer, params, targets, last);
        pipeline.submit(() -> writer.rels(batch));
    }

    /** Splits a buffer, in order, into runs without a repeated key. */
    static <T> List<List<T>> distinct(List<T> rows, java.util.function.Function<T, String> key) {
        List<List<T>> parts = new ArrayList<>();
        List<T> current = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (T row : rows) {
            if (!seen.add(key.apply(row))) {
                parts.add(current);
                current = new ArrayList<>();
                seen.clear();
                seen.add(key.apply(row));
            }
            current.add(row);
        }
        parts.add(current);
        return parts;
    }

    private static void requireLabel(String label) {
        if (!LABELS.contains(label)) {
            throw new IllegalArgumentException("unknown label " + label);
        }
    }

    /** The node's {@code source}: the file name, not its path, so a load gives the same graph from any folder. */
    static String sourceOf(Origin origin) {
        return origin.file() == null ? "techmatch" : origin.file().getFileName().toString();
    }

    /** Waits for the writes in flight (a failed load stops after them), then closes the session. */
    @Override
    public void close() {
        pipeline.close();
        writer.close();
    }
}
