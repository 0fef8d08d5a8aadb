// Like merge-rels; the targets were made sure to exist by merge-stub-targets.cypher in the same transaction.
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})
MATCH (b:__TO__ {id: row.to})
MERGE (a)-[r:__TYPE__]->(b)
  ON CREATE SET r += row.props
WITH r, row, all(k IN keys(row.props) WHERE r[k] = row.props[k]) AS same
FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END | SET r += row.props)
RETURN collect(row.idx) AS written, sum(CASE WHEN same THEN 1 ELSE 0 END) AS same
