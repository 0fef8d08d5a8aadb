// Graph expansion: organizations whose derived IPC profile covers the need's IPC subclasses.
MATCH (c:IpcClass)<-[a:ACTIVE_IN]-(o:Organization)
WHERE c.id IN $codes
WITH o.id AS id, sum(coalesce(a.count, 1)) AS strength
RETURN id, strength
ORDER BY strength DESC, id
LIMIT $limit
