// The industries whose members can score on the industry or chain feature of a need in $industryIds: the need's
// industries and their parents (the base), the children of the base (siblings share a parent), the industries one
// upstream or downstream link away from the base, and their children (a child's parent then links).
UNWIND $industryIds AS iid
MATCH (i:Industry {id: iid})
OPTIONAL MATCH (i)-[:PART_OF]->(p:Industry)
WITH collect(DISTINCT i) + collect(DISTINCT p) AS base
UNWIND base AS b
OPTIONAL MATCH (b)<-[:PART_OF]-(child:Industry)
OPTIONAL MATCH (b)-[:UPSTREAM_OF]-(linked:Industry)
OPTIONAL MATCH (linked)<-[:PART_OF]-(linkedChild:Industry)
RETURN collect(DISTINCT b.id) + collect(DISTINCT child.id) + collect(DISTINCT linked.id)
       + collect(DISTINCT linkedChild.id) AS ids
