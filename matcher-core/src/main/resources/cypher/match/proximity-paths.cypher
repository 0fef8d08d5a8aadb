// Collaboration proximity, second step: the shortest co-application path (bounded) from the demander to the
// candidates that are neither its co-applicants nor share one, i.e. 3 or 4 hops away, or unconnected.
MATCH (d:Organization {id: $demanderId})
UNWIND $orgIds AS oid
MATCH (o:Organization {id: oid})
WHERE o <> d
OPTIONAL MATCH p = shortestPath((d)-[:COLLABORATED_WITH*..4]-(o))
RETURN o.id AS id, length(p) AS distance
