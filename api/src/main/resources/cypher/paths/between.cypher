// Shortest paths (at most 4 hops) between two nodes found by id through each label's unique index.
// Paths through a confidential need the caller may not see are dropped.
CALL () {
  MATCH (a:Organization {id: $from}) RETURN a UNION MATCH (a:Need {id: $from}) RETURN a
  UNION MATCH (a:Patent {id: $from}) RETURN a UNION MATCH (a:Achievement {id: $from}) RETURN a
  UNION MATCH (a:Expert {id: $from}) RETURN a UNION MATCH (a:Project {id: $from}) RETURN a
  UNION MATCH (a:IpcClass {id: $from}) RETURN a UNION MATCH (a:Industry {id: $from}) RETURN a
  UNION MATCH (a:Region {id: $from}) RETURN a
}
CALL () {
  MATCH (b:Organization {id: $to}) RETURN b UNION MATCH (b:Need {id: $to}) RETURN b
  UNION MATCH (b:Patent {id: $to}) RETURN b UNION MATCH (b:Achievement {id: $to}) RETURN b
  UNION MATCH (b:Expert {id: $to}) RETURN b UNION MATCH (b:Project {id: $to}) RETURN b
  UNION MATCH (b:IpcClass {id: $to}) RETURN b UNION MATCH (b:Industry {id: $to}) RETURN b
  UNION MATCH (b:Region {id: $to}) RETURN b
}
WITH a, b WHERE a <> b
MATCH p = allShortestPaths((a)-[*..4]-(b))
WITH p LIMIT 50
WHERE length(p) <= $maxLength
  AND none(n IN nodes(p) WHERE n:Need AND coalesce(n.confidential, false)
           AND NOT ($seeAll OR EXISTS { MATCH (:Organization {id: $orgId})-[:POSTED]->(n) }))
RETURN [n IN nodes(p) | {id: n.id, label: labels(n)[0], name: coalesce(n.name, n.title, n.code, n.id)}] AS nodes,
       [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r), properties: properties(r)}]
         AS edges
LIMIT 10
