// The element ids of the demander's co-applicants (collaboration.cypher tests candidates against them; an element id
// needs no property read) and their degrees, in the same order: their sum is what testing them one by one costs, and
// each is the weight of a shared co-applicant in Adamic-Adar. Their ids serve the explanations of the same match
// (explain.cypher looks them up in the candidates' strongest co-applicants), as explain-neighbours.cypher gives them.
MATCH (:Organization {id: $demanderId})-[:COLLABORATED_WITH]-(z:Organization)
WITH DISTINCT z
// the degree from the co-application summary (a property read; counting cost 8 ms per match for a large demander)
RETURN collect(coalesce(z.id, '')) AS keys, collect(elementId(z)) AS ids, collect(coalesce(z.coApplicants, COUNT { (z)-[:COLLABORATED_WITH]-() })) AS degrees
