// The element ids of the demander's co-applicants (collaboration.cypher tests candidates against them; an element id
// needs no property read) and the sum of their degrees (what testing them one by one costs).
MATCH (:Organization {id: $demanderId})-[:COLLABORATED_WITH]-(z:Organization)
WITH DISTINCT z
RETURN collect(elementId(z)) AS ids, sum(COUNT { (z)-[:COLLABORATED_WITH]-() }) AS degreeSum
