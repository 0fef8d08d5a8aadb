// The co-applicants of the need's demander (a need has one poster), for the second-degree branch of explain.cypher:
// their ids (looked up in the candidates' strongest co-applicants), element ids (tested while walking a candidate's
// relationships, no property read) and the sum of their degrees (what testing a candidate against each costs).
// Parameters, not values computed in the query: a parameter list is tested by hashing.
MATCH (:Need {id: $needId})<-[:POSTED]-(:Organization)-[:COLLABORATED_WITH]-(z:Organization)
WITH DISTINCT z
RETURN collect(z.id) AS keys, collect(elementId(z)) AS ids,
       sum(coalesce(z.coApplicants, COUNT { (z)-[:COLLABORATED_WITH]-() })) AS degrees
