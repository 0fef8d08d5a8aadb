UNWIND $rows AS r
MERGE (o:Organization {id: r.id})
SET o.name = r.name, o.normName = r.name, o.type = r.type, o.regionId = r.regionId, o.profile = r.profile, o.source = 'bench'
WITH o, r
MATCH (g:Region {id: r.regionId}) MERGE (o)-[:LOCATED_IN]->(g)
WITH o, r
MATCH (i:Industry {id: r.industryId}) MERGE (o)-[:IN_INDUSTRY]->(i)
