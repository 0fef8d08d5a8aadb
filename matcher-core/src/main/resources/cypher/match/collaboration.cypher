// Per candidate: industry-academia experience (co-applications across the firm / academia line, from the
// organization's co-application summary), which of the demander's co-applicants it shares ($neighbours: their
// element ids from demander-neighbours.cypher, empty without a demander), and its track record (needs solved,
// broker feedback).
// A large organization has ~10^4 co-applicants, so shared co-applicants are found by testing element ids (no node or
// property read) in one pass over the candidate's relationships, and only when the demander has any (CASE evaluates
// lazily).
OPTIONAL MATCH (:Organization {id: $demanderId})-[:COLLABORATED_WITH]-(dz:Organization)
WITH collect(DISTINCT dz) AS demanderNeighbours
UNWIND $orgIds AS oid
MATCH (o:Organization {id: oid})
WITH demanderNeighbours, o, coalesce(o.academiaCoApplications, 0) AS crossCount,
     CASE WHEN size($neighbours) = 0 THEN []
          // one pass over the candidate's co-applicants, or one lookup per co-applicant of the demander (a lookup
          // between two nodes walks the relationships of the one with fewer): whichever reads fewer relationships
          WHEN COUNT { (o)-[:COLLABORATED_WITH]-() } <= $neighbourDegrees
            THEN [(o)-[:COLLABORATED_WITH]-(z) WHERE elementId(z) IN $neighbours | z]
          ELSE [z IN demanderNeighbours WHERE elementId(z) IN $neighbours AND EXISTS { (o)-[:COLLABORATED_WITH]-(z) }]
          END AS shared
RETURN o.id AS id, crossCount, elementId(o) IN $neighbours AS direct,
       // element ids only: the degrees come with $neighbours (demander-neighbours.cypher)
       [z IN shared | elementId(z)] AS common,
       COUNT { (:Need)-[:SOLVED_BY]->(o) } AS solved,
       [(:Need)-[f:FEEDBACK]->(o) | f.status] AS feedback
