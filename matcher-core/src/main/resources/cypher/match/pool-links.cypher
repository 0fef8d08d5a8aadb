// Co-application links among a consortium pool, once per pair.
UNWIND $orgIds AS oid
MATCH (x:Organization {id: oid})-[c:COLLABORATED_WITH]-(y:Organization)
WHERE y.id IN $orgIds AND x.id < y.id
RETURN x.id AS a, y.id AS b, sum(coalesce(c.count, 1)) AS count
