// Each organization's industry profile: its own industries (listed firms) and those of the needs it posted and
// the achievements it owns, weighted by their share.
MATCH (o:Organization)
CALL {
  WITH o
  MATCH path = (o)-[:IN_INDUSTRY|OWNS|POSTED*1..2]->(i:Industry)
  WITH o, i, count(path) AS n
  WITH o, collect({industry: i, n: n}) AS rows, sum(n) AS total
  UNWIND rows AS row
  WITH o, row.industry AS i, row.n AS n, total
  MERGE (o)-[r:ACTIVE_IN]->(i)
  SET r.count = n, r.weight = toFloat(n) / total
} IN TRANSACTIONS OF 500 ROWS;
