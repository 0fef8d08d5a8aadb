// Graph expansion: the closest collaborators of the strongest candidates, strongest ties first (ties by id).
// Strong candidates have ~10^4 co-applicants: strengths are summed per node, and ids (a property read each) are read
// only for the nodes at or above the $limit-th strength.
UNWIND $orgIds AS oid
MATCH (o:Organization {id: oid})-[c:COLLABORATED_WITH]-(p)  // always an organization: no label check per row
WITH p, sum(coalesce(c.count, 1)) AS strength
WITH collect({p: p, strength: strength}) AS all
CALL {
  WITH all
  UNWIND all AS x
  WITH x.strength AS s ORDER BY s DESC LIMIT $limit
  RETURN min(s) AS cut
}
UNWIND all AS x
WITH x WHERE x.strength >= cut
WITH x.p.id AS id, x.strength AS strength
RETURN id, strength
ORDER BY strength DESC, id
LIMIT $limit
