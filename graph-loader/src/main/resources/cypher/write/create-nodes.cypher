// The fast path for one batch of new nodes of one label: CREATE instead of MERGE (no locking index seek per row).
// The uniqueness constraint on :__LABEL__(id) fails the whole batch if any id already exists; the writer then
// rolls it back and writes it with merge-nodes.cypher, so the result is the same as MERGE, only faster on new data.
UNWIND $rows AS row
CREATE (n:__LABEL__ {id: row.id})
SET n += row.props, n.contentHash = row.hash, n.source = row.source
