package io.techmatch.loader;

import io.techmatch.core.graph.CypherResource;
import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.GraphModel.Label;
import io.techmatch.loader.source.RelRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write transactions of one load, one UNWIND batch each, run on the writer thread in the order GraphWriter
 * submitted them. It keeps what later batches depend on: the labels found to hold ids already (merged from then
 * on), the nodes this load CREATEd (relationships to them may be CREATEd too), the counts, and the relationships
 * that missed an end and are retried at the end of the load.
 */
final class BatchWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);
    private static final String MERGE_ORGANIZATION = "MERGE (n:Organization {id: row.id})";

    /** One prepared batch of nodes of one label; {@code mayBeNew} is false when an id was written before in this load. */
    record Nodes(String label, List<Map<String, Object>> rows, List<String> ids, boolean mayBeNew) {
    }

    /** One prepared batch of relationships of one shape, with the distinct stub targets to merge first. */
    record Rels(List<RelRow> rows, List<Map<String, Object>> params, List<Map<String, Object>> targets, boolean last) {
    }

    private final Session session;
    private final RejectReport rejects;
    private final Map<String, String> templates = new HashMap<>();
    private final Set<String> labelsWithExistingIds = new HashSet<>();
    private final CreatedInThisLoad createdHere = new CreatedInThisLoad();
    private final List<RelRow> retry = new ArrayList<>();
    /** Stub targets made sure of by a committed batch of this load: nothing deletes them during the load. */
    private final Set<String> stubsMerged = new HashSet<>();
    private long created;
    private long updated;
    private long unchanged;
    private long batches;

    BatchWriter(GraphConnection graph, RejectReport rejects) {
        this.session = graph.driver().session(graph.sessionConfig());
        this.rejects = rejects;
    }

    void nodes(Nodes batch) {
        String label = batch.label();
        if (batch.mayBeNew() && !labelsWithExistingIds.contains(label) && createAll(batch)) {
            createdHere.nodes(label, batch.ids());
            committed(label, batch.rows().size(), batch.rows().size(), 0, batch.rows().size());
            return;
        }
        String cypher = label.equals(Label.ORGANIZATION)
                ? template("/cypher/write/merge-organizations.cypher", Map.of())
                : template("/cypher/write/merge-nodes.cypher", Map.of("__LABEL__", label));
        Record result = session.executeWrite(tx -> tx.run(cypher, Map.of("rows", batch.rows())).single());
        committed(label, batch.rows().size(), result.get("created").asLong(), result.get("unchanged").asLong(),
                result.get("total").asLong());
    }

    /**
     * Writes a batch of nodes with CREATE when none of its ids exists yet (new data: no locking index seek per
     * row). The uniqueness constraint fails the batch otherwise; it is rolled back, and this label is merged from
     * then on in this load (a re-run, or a load onto data that is already there). Organizations take the same
     * statement as their merge, with CREATE in place of MERGE: for a node that did not exist the two are equal.
     */
    private boolean createAll(Nodes batch) {
        String label = batch.label();
        String cypher = label.equals(Label.ORGANIZATION) ? createOrganizations()
                : template("/cypher/write/create-nodes.cypher", Map.of("__LABEL__", label));
        try {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", batch.rows())).consume());
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

    private String createOrganizations() {
        String merge = template("/cypher/write/merge-organizations.cypher", Map.of());
        if (!merge.contains(MERGE_ORGANIZATION)) {
            throw new IllegalStateException("merge-organizations.cypher no longer says " + MERGE_ORGANIZATION);
        }
        return merge.replace(MERGE_ORGANIZATION, "CREATE (n:Organization {id: row.id})");
    }

    /**
     * One batch of relationships of one shape, in one transaction: the stub targets first, then the rows that
     * cannot exist yet with CREATE (see {@link CreatedInThisLoad}), the others with MERGE. Rows that missed an end
     * are retried at the end of the load ({@code last == false}) or rejected.
     */
    void rels(Rels batch) {
        List<RelRow> rows = batch.rows();
        RelRow first = rows.get(0);
        Map<String, String> names = Map.of("__FROM__", first.fromLabel(), "__TO__", first.toLabel(), "__TYPE__", first.type());
        List<Map<String, Object>> toCreate = new ArrayList<>();
        List<Map<String, Object>> toMerge = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            (createdHere.firstToNewNode(rows.get(i)) ? toCreate : toMerge).add(batch.params().get(i));
        }
        String stubs = first.createTarget() ? template("/cypher/write/merge-stub-targets.cypher", Map.of("__TO__", first.toLabel())) : null;
        String create = template("/cypher/write/create-rels.cypher", names);
        String merge = template(first.createTarget() ? "/cypher/write/merge-rels-stub-target.cypher"
                : "/cypher/write/merge-rels.cypher", names);
        List<Map<String, Object>> targets = batch.targets().stream()
                .filter(t -> !stubsMerged.contains((String) t.get("id"))).toList();
        RelResult result = session.executeWrite(tx -> {
            if (stubs != null && !targets.isEmpty()) {
                tx.run(stubs, Map.of("targets", targets)).consume();
            }
            RelResult created = toCreate.isEmpty() ? RelResult.NONE : run(tx, create, toCreate, true);
            RelResult merged = toMerge.isEmpty() ? RelResult.NONE : run(tx, merge, toMerge, false);
            return created.plus(merged);
        });
        targets.forEach(t -> stubsMerged.add((String) t.get("id")));
        // a created relationship got exactly the row's properties, so it is among the "same" ones
        committed(first.type(), rows.size(), result.created(), result.same() - result.created(), result.written().size());
        if (result.written().size() < rows.size()) {
            boolean[] done = new boolean[rows.size()];
            result.written().forEach(i -> done[((Number) i).intValue()] = true);
            for (int i = 0; i < done.length; i++) {
                if (!done[i]) {
                    missedAnEnd(rows.get(i), batch.last());
                }
            }
        }
    }

    private static RelResult run(TransactionContext tx, String cypher, List<Map<String, Object>> rows, boolean create) {
        var run = tx.run(cypher, Map.of("rows", rows));
        Record record = run.single();
        List<Object> written = record.get("written").asList();
        long created = run.consume().counters().relationshipsCreated();
        return new RelResult(written, create ? written.size() : record.get("same").asLong(), created);
    }

    private void missedAnEnd(RelRow row, boolean last) {
        if (last) {
            rejects.add(row.origin(), row.type(), "no " + row.fromLabel() + " '" + row.fromId()
                    + "' or no " + row.toLabel() + " '" + row.toId() + "' in the graph");
        } else {
            retry.add(row);
        }
    }

    private record RelResult(List<Object> written, long same, long created) {
        static final RelResult NONE = new RelResult(List.of(), 0, 0);

        RelResult plus(RelResult other) {
            List<Object> both = new ArrayList<>(written);
            both.addAll(other.written);
            return new RelResult(both, same + other.same, created + other.created);
        }
    }

    private void committed(String what, int rows, long newOnes, long same, long total) {
        batches++;
        created += newOnes;
        unchanged += same;
        updated += total - newOnes - same;
        // one line per committed batch: progress for a long load, and the point KillAndRerunIT kills at
        log.debug("Committed batch {}: {} rows of {}", batches, rows, what);
    }

    /** The relationships that missed an end so far; taken once, at the end of the load. */
    List<RelRow> takeRetries() {
        List<RelRow> rows = new ArrayList<>(retry);
        retry.clear();
        return rows;
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

    long batches() {
        return batches;
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

    @Override
    public void close() {
        session.close();
    }
}
