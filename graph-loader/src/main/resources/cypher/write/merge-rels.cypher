// One batch of relationships of one type between two labels (substituted from GraphModel constants). Rows whose
// ends are missing produce no row here; the writer retries them at the end of the load, then rejects them.
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})
MATCH (b:__TO__ {id: row.to})
MERGE (a)-[r:__TYPE__]->(b)
WITH r, row, r.contentHash AS old
FOREACH (_ IN CASE WHEN old IS NULL OR old <> row.hash THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN collect(row.idx) AS written,
       sum(CASE WHEN old IS NULL THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN old = row.hash THEN 1 ELSE 0 END) AS unchanged
