// The industry profile of the organizations $ids: their own industries (listed firms) and those of the needs
// they posted and the achievements they own, weighted by their share. Entries that no longer apply go.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
MATCH path = (o)-[:IN_INDUSTRY|OWNS|POSTED*1..2]->(i:Industry)
WITH o, i, count(path) AS n
WITH o, collect({industry: i, n: n}) AS profile, sum(n) AS total
CALL {
  WITH o, profile
  MATCH (o)-[stale:ACTIVE_IN]->(other:Industry)
  WHERE NOT other IN [entry IN profile | entry.industry]
  DELETE stale
}
UNWIND profile AS entry
WITH o, entry.industry AS i, entry.n AS n, total
MERGE (o)-[r:ACTIVE_IN]->(i)
SET r.count = n, r.weight = toFloat(n) / total
