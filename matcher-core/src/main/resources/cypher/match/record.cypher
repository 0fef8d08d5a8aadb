// Industry-academia experience (co-applications across the firm / academia line) and track record
// (needs solved, broker feedback) of each candidate.
UNWIND $orgIds AS oid
MATCH (o:Organization {id: oid})
RETURN o.id AS id,
       [(o)-[c:COLLABORATED_WITH]-(p:Organization)
          WHERE (o.type = 'firm' AND p.type IN $academic) OR (o.type IN $academic AND p.type = 'firm')
          | coalesce(c.count, 1)] AS crossCounts,
       COUNT { (:Need)-[:SOLVED_BY]->(o) } AS solved,
       [(:Need)-[f:FEEDBACK]->(o) | f.status] AS feedback
