// Like merge-rels, but a missing target is created as a stub carrying only its code (an IPC code printed on a
// patent before the IPC scheme is loaded). The reference load later fills in its title and counts it as created.
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})
MERGE (b:__TO__ {id: row.to})
  ON CREATE SET b.code = row.to, b.level = row.toLevel
MERGE (a)-[r:__TYPE__]->(b)
WITH r, row, r.contentHash AS old
FOREACH (_ IN CASE WHEN old IS NULL OR old <> row.hash THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN collect(row.idx) AS written,
       sum(CASE WHEN old IS NULL THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN old = row.hash THEN 1 ELSE 0 END) AS unchanged
