// Graph expansion: the closest collaborators of the strongest candidates, strongest ties first.
UNWIND $orgIds AS oid
MATCH (o:Organization {id: oid})-[c:COLLABORATED_WITH]-(p:Organization)
WITH p.id AS id, sum(coalesce(c.count, 1)) AS strength
RETURN id, strength
ORDER BY strength DESC, id
LIMIT $limit
