UNWIND $rows AS r
MERGE (n:Need {id: r.id})
SET n.title = r.title, n.body = r.body, n.year = r.year, n.status = 'open', n.confidential = false, n.source = 'bench'
WITH n, r
MATCH (d:Organization {id: r.demander}) MERGE (d)-[:POSTED]->(n)
WITH n, r
MATCH (c:IpcClass {id: r.ipc}) MERGE (n)-[:CLASSIFIED_AS]->(c)
WITH n, r
MATCH (g:Region {id: r.regionId}) MERGE (n)-[:LOCATED_IN]->(g)
WITH n, r
MATCH (i:Industry {id: r.industryId}) MERGE (n)-[:IN_INDUSTRY]->(i)
