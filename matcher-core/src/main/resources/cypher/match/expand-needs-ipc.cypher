// Reverse expansion: needs classified in the source's IPC subclasses (or below them, one or two levels).
MATCH (c:IpcClass) WHERE c.id IN $codes
MATCH (n:Need)-[:CLASSIFIED_AS]->(:IpcClass)-[:PART_OF*0..2]->(c)
WITH DISTINCT n.id AS id
RETURN id ORDER BY id LIMIT $limit
