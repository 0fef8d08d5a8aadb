// Parents of the given industries, and the upstream links between them (industry chain), in one read.
UNWIND $industryIds AS iid
MATCH (i:Industry {id: iid})
OPTIONAL MATCH (i)-[:PART_OF]->(p:Industry)
OPTIONAL MATCH (i)-[u:UPSTREAM_OF]->(down:Industry) WHERE down.id IN $industryIds
RETURN i.id AS id, collect(DISTINCT p.id) AS parents, collect(DISTINCT down.id) AS downstream
