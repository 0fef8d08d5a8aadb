// Co-applications of the organizations $ids → COLLABORATED_WITH, stored once per pair from the smaller id to the
// larger. Each pair is counted over all its shared patents in the graph, so counts are exact after any sequence
// of loads whichever of the two organizations a load touched. When every organization is being derived ($all),
// each pair is computed from its smaller id only, instead of from both ends.
UNWIND $ids AS id
MATCH (a:Organization {id: id})-[:APPLIED_FOR]->(p:Patent)<-[:APPLIED_FOR]-(b:Organization)
WHERE a <> b AND (a.id < b.id OR NOT $all)
WITH CASE WHEN a.id < b.id THEN a ELSE b END AS x, CASE WHEN a.id < b.id THEN b ELSE a END AS y, p
WITH DISTINCT x, y, p
ORDER BY p.id
WITH x, y, count(p) AS n, min(p.year) AS firstYear, max(p.year) AS lastYear, collect(p.id)[..20] AS patentIds
MERGE (x)-[r:COLLABORATED_WITH]->(y)
SET r.count = n, r.firstYear = firstYear, r.lastYear = lastYear, r.patentIds = patentIds
