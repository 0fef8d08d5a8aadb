// Co-applications → COLLABORATED_WITH, stored once per pair from the smaller id to the larger.
// Recomputed in full, so counts are exact after any sequence of loads.
MATCH (a:Organization)
CALL {
  WITH a
  MATCH (a)-[:APPLIED_FOR]->(p:Patent)<-[:APPLIED_FOR]-(b:Organization)
  WHERE a.id < b.id
  WITH a, b, p ORDER BY p.id
  WITH a, b, count(p) AS n, min(p.year) AS firstYear, max(p.year) AS lastYear, collect(p.id)[..20] AS ids
  MERGE (a)-[r:COLLABORATED_WITH]->(b)
  SET r.count = n, r.firstYear = firstYear, r.lastYear = lastYear, r.patentIds = ids
} IN TRANSACTIONS OF 500 ROWS;
