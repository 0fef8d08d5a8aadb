// Creates or updates needs in one batch. Region and industry are replaced; the poster only when one is given.
UNWIND $rows AS row
MERGE (n:Need {id: row.id})
  ON CREATE SET n.postedAt = row.postedAt, n.year = row.year, n.status = 'open', n.source = 'api'
SET n.title = row.title, n.body = row.body, n.confidential = row.confidential, n.budget = row.budget,
    n.deadline = row.deadline, n.cooperationMethods = row.cooperationMethods, n.updatedAt = row.postedAt
WITH n, row
CALL (n, row) {
  MATCH (o:Organization {id: row.demanderOrgId})
  OPTIONAL MATCH (:Organization)-[old:POSTED]->(n)
  DELETE old
  MERGE (o)-[:POSTED]->(n)
}
CALL (n) {
  OPTIONAL MATCH (n)-[old:LOCATED_IN|IN_INDUSTRY]->()
  DELETE old
}
CALL (n, row) {
  MATCH (r:Region {id: row.regionId})
  MERGE (n)-[:LOCATED_IN]->(r)
}
CALL (n, row) {
  MATCH (i:Industry {id: row.industryId})
  MERGE (n)-[:IN_INDUSTRY]->(i)
}
RETURN count(n) AS written
