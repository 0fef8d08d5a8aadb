// One batch of nodes of one label (__LABEL__ is substituted from GraphModel constants, never from input).
// Unchanged rows (same contentHash) are not rewritten; properties are merged (+=), so other sources' keys stay.
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
WITH n, row, n.contentHash AS old
FOREACH (_ IN CASE WHEN old IS NULL OR old <> row.hash THEN [1] ELSE [] END |
  SET n += row.props, n.contentHash = row.hash, n.source = row.source)
RETURN sum(CASE WHEN old IS NULL THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN old = row.hash THEN 1 ELSE 0 END) AS unchanged,
       count(*) AS total
