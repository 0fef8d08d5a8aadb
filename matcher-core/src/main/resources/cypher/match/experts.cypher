// Experts of each candidate who invented its evidence patents, most evidence first.
UNWIND $pairs AS pair
MATCH (p:Patent)<-[:INVENTED]-(x:Expert)-[:AFFILIATED_WITH]->(o:Organization {id: pair.orgId})
WHERE p.id IN pair.docIds
WITH o.id AS orgId, x, count(DISTINCT p) AS evidence
ORDER BY orgId, evidence DESC, x.id
WITH orgId, collect({id: x.id, name: x.name, title: x.title, evidence: evidence})[..3] AS experts
RETURN orgId, experts
