UNWIND $orgIds AS oid
MATCH (o:Organization {id: oid})-[:APPLIED_FOR]->(p:Patent)-[:CLASSIFIED_AS]->(:IpcClass)-[:PART_OF]->(s:IpcClass)
WITH o, s, count(p) AS n, max(p.year) AS last
MERGE (o)-[a:ACTIVE_IN]->(s)
SET a.count = n, a.lastYear = last, a.weight = 1.0
