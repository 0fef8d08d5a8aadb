package io.techmatch.loader;

import io.techmatch.core.graph.CypherResource;
import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphModel.Label;
import io.techmatch.core.graph.IpcCodes;
import io.techmatch.loader.source.NodeRow;
import io.techmatch.loader.source.Origin;
import io.techmatch.loader.source.RelRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers rows per label and per relationship shape and writes each full buffer as one transaction: an
 * {@code UNWIND} batch that {@code MERGE}s on ids. Nodes are always flushed before relationships, and
 * relationships whose ends are missing are retried once at the end of the load before they are rejected.
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

    private final GraphConnection graph;
    private final Session session;
    private final int batchSize;
    private final RejectReport rejects;
    private final Map<String, List<NodeRow>> nodes = new LinkedHashMap<>();
    private final Map<String, List<RelRow>> rels = new LinkedHashMap<>();
    private final List<RelRow> retry = new ArrayList<>();
    private final Map<String, String> templates = new HashMap<>();
    private final TouchedOrganizations touched = new TouchedOrganizations();
    /** Organizations written so far in this load: only an organization's first row in a load may correct it. */
    private final Set<String> organizationsSeen = new java.util.HashSet<>();
    private final SourceType source;
    private final Set<String> labelsWithExistingIds = new java.util.HashSet<>();
    private long created;
    private long updated;
    private long unchanged;
    private long batches;

    GraphWriter(GraphConnection graph, int batchSize, SourceType source, RejectReport rejects) {
        this.graph = graph;
        this.source = source;
        this.session = graph.driver().session(graph.sessionConfig());
        this.batchSize = batchSize;
        this.rejects = rejects;
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
        String key = row.type() + "|" + row.fromLabel() + "|" + row.toLabel() + "|" + row.createTarget();
        List<RelRow> buffer = rels.computeIfAbsent(key, k -> new ArrayList<>());
        buffer.add(row);
        if (buffer.size() >= batchSize) {
            flushAllNodes();
            flushRels(key, false);
        }
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
        List<RelRow> again = new ArrayList<>(retry);
        retry.clear();
        Map<String, List<RelRow>> grouped = new LinkedHashMap<>();
        for (RelRow row : again) {
            grouped.computeIfAbsent(row.type() + "|" + row.fromLabel() + "|" + row.toLabel() + "|" + row.createTarget(),
                    k -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<RelRow>> e : grouped.entrySet()) {
            for (int i = 0; i < e.getValue().size(); i += batchSize) {
                for (List<RelRow> part : distinct(e.getValue().subList(i, Math.min(e.getValue().size(), i + batchSize)),
                        r -> r.fromId() + "\u0000" + r.toId())) {
                    writeRels(part, true);
                }
            }
        }
        log.info("Wrote {} batches: {} created, {} updated, {} unchanged", batches, created, updated, unchanged);
    }

    TouchedOrganizations touched() {
        return touched;
    }

    long created() {
        return created;
    }

    long updated() {
        return updated;
    }

    long unchanged() {
        return unchanged;
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
            writeNodes(label, part);
        }
    }

    private void writeNodes(String label, List<NodeRow> buffer) {
        boolean organization = label.equals(Label.ORGANIZATION);
        List<Map<String, Object>> rows = new ArrayList<>(buffer.size());
        for (NodeRow row : buffer) {
            Map<String, Object> params = new HashMap<>();
            params.put("id", row.id());
            params.put("props", row.props());
            params.put("hash", ContentHash.of(row.props()));
            params.put("source", sourceOf(row.origin()));
            if (organization) {
                params.put("precedence", (long) source.precedence());
                params.put("first", organizationsSeen.add(row.id()));
            }
            rows.add(params);
        }
        if (!organization && !labelsWithExistingIds.contains(label) && createAll(label, rows)) {
            count(rows.size(), 0, rows.size());
            return;
        }
        String cypher = organization
                ? template("/cypher/write/merge-organizations.cypher", Map.of())
                : template("/cypher/write/merge-nodes.cypher", Map.of("__LABEL__", label));
        Record result = session.executeWrite(tx -> tx.run(cypher, Map.of("rows", rows)).single());
        count(result.get("created").asLong(), result.get("unchanged").asLong(), result.get("total").asLong());
    }

    /**
     * Writes a batch of nodes with CREATE when none of its ids exists yet (new data: no locking index seek per
     * row). The uniqueness constraint fails the batch otherwise; it is rolled back, and this label is merged from
     * then on in this load (a re-run, or a load onto data that is already there). Organizations always merge.
     */
    private boolean createAll(String label, List<Map<String, Object>> rows) {
        String cypher = template("/cypher/write/create-nodes.cypher", Map.of("__LABEL__", label));
        try {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", rows)).consume());
            return true;
        } catch (ClientException e) {
            if (!"Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                throw e;
            }
            log.debug("{} ids exist already: merging {} nodes from now on", label, label);
            labelsWithExistingIds.add(label);
            return false;
        }
    }

    private void flushRels(String key, boolean last) {
        List<RelRow> buffer = rels.remove(key);
        if (buffer != null && !buffer.isEmpty()) {
            for (List<RelRow> part : distinct(buffer, r -> r.fromId() + "\u0000" + r.toId())) {
                writeRels(part, last);
            }
        }
    }

    private void writeRels(List<RelRow> buffer, boolean last) {
        RelRow first = buffer.get(0);
        String resource = first.createTarget() ? "/cypher/write/merge-rels-stub-target.cypher" : "/cypher/write/merge-rels.cypher";
        String cypher = template(resource, Map.of("__FROM__", first.fromLabel(), "__TO__", first.toLabel(),
                "__TYPE__", first.type()));
        List<Map<String, Object>> rows = new ArrayList<>(buffer.size());
        for (int i = 0; i < buffer.size(); i++) {
            RelRow row = buffer.get(i);
            Map<String, Object> params = new HashMap<>();
            params.put("idx", (long) i);
            params.put("from", row.fromId());
            params.put("to", row.toId());
            params.put("props", row.props());
            rows.add(params);
        }
        List<Map<String, Object>> targets = first.createTarget()
                ? buffer.stream().map(RelRow::toId).distinct()
                        .map(id -> Map.<String, Object>of("id", id, "level", IpcCodes.level(id))).toList()
                : List.of();
        String stubs = first.createTarget()
                ? template("/cypher/write/merge-stub-targets.cypher", Map.of("__TO__", first.toLabel())) : null;
        RelBatch result = session.executeWrite(tx -> {
            if (stubs != null) {
                tx.run(stubs, Map.of("targets", targets)).consume();
            }
            var run = tx.run(cypher, Map.of("rows", rows));
            Record record = run.single();
            return new RelBatch(record.get("written").asList(), record.get("same").asLong(),
                    run.consume().counters().relationshipsCreated());
        });
        List<Object> written = result.written();
        // a created relationship got exactly the row's properties, so it is among the "same" ones
        count(result.created(), result.same() - result.created(), written.size());
        if (written.size() < buffer.size()) {
            boolean[] done = new boolean[buffer.size()];
            written.forEach(i -> done[((Number) i).intValue()] = true);
            for (int i = 0; i < done.length; i++) {
                if (!done[i]) {
                    RelRow row = buffer.get(i);
                    if (last) {
                        rejects.add(row.origin(), row.type(), "no " + row.fromLabel() + " '" + row.fromId()
                                + "' or no " + row.toLabel() + " '" + row.toId() + "' in the graph");
                    } else {
                        retry.add(row);
                    }
                }
            }
        }
    }

    private record RelBatch(List<Object> written, long same, long created) {
    }

    /** Splits a buffer, in order, into runs without a repeated key. */
    static <T> List<List<T>> distinct(List<T> rows, java.util.function.Function<T, String> key) {
        List<List<T>> parts = new ArrayList<>();
        List<T> current = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
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

    private void count(long newOnes, long same, long total) {
        batches++;
        created += newOnes;
        unchanged += same;
        updated += total - newOnes - same;
    }

    private String template(String resource, Map<String, String> names) {
        String key = resource + names;
        return templates.computeIfAbsent(key, k -> {
            String text = CypherResource.load(resource);
            for (Map.Entry<String, String> e : names.entrySet()) {
                text = text.replace(e.getKey(), "`" + e.getValue() + "`");
            }
            return text;
        });
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

    @Override
    public void close() {
        session.close();
    }
}
