// Like merge-rels, but a missing target is created as a stub carrying only its code (an IPC code printed on a
// patent before the IPC scheme is loaded). The reference load later fills in its title and counts it as created.
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})
MERGE (b:__TO__ {id: row.to})
  ON CREATE SET b.code = row.to, b.level = row.toLevel
MERGE (a)-[r:__TYPE__]->(b)
  ON CREATE SET r += row.props
WITH r, row, all(k IN keys(row.props) WHERE r[k] = row.props[k]) AS same
FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END | SET r += row.props)
RETURN collect(row.idx) AS written, sum(CASE WHEN same THEN 1 ELSE 0 END) AS same
