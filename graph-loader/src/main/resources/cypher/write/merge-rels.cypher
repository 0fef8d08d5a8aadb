// One batch of relationships of one type between two labels (substituted from GraphModel constants). Rows whose
// ends are missing produce no row here; the writer retries them at the end of the load, then rejects them.
// No hash is stored on relationships (most carry no properties, and an extra property per relationship was a
// large part of the write cost): a row is unchanged when every property it gives already has that value. The
// writer takes the number created from the query statistics.
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})
MATCH (b:__TO__ {id: row.to})
MERGE (a)-[r:__TYPE__]->(b)
  ON CREATE SET r += row.props
WITH r, row, all(k IN keys(row.props) WHERE r[k] = row.props[k]) AS same
FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END | SET r += row.props)
RETURN collect(row.idx) AS written, sum(CASE WHEN same THEN 1 ELSE 0 END) AS same
