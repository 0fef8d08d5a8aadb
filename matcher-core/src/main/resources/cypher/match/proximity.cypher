// Collaboration proximity of each candidate to the demander: shortest co-application path (bounded),
// common neighbours and Adamic-Adar over COLLABORATED_WITH, read undirected.
MATCH (d:Organization {id: $demanderId})
UNWIND $orgIds AS oid
MATCH (o:Organization {id: oid})
WHERE o <> d
OPTIONAL MATCH p = shortestPath((d)-[:COLLABORATED_WITH*..4]-(o))
CALL {
  WITH d, o
  OPTIONAL MATCH (d)-[:COLLABORATED_WITH]-(z:Organization)-[:COLLABORATED_WITH]-(o)
  WHERE z <> d AND z <> o
  WITH DISTINCT z
  RETURN count(z) AS common,
         sum(CASE WHEN z IS NULL THEN 0.0 ELSE 1.0 / log(toFloat(COUNT { (z)-[:COLLABORATED_WITH]-() })) END) AS adamicAdar
}
RETURN o.id AS id, length(p) AS distance, common, adamicAdar
