// One need with its poster, region and industry.
MATCH (n:Need {id: $id})
OPTIONAL MATCH (o:Organization)-[:POSTED]->(n)
WITH n, head(collect(o)) AS o
RETURN n.id AS id, n.title AS title, n.body AS body, n.status AS status,
       coalesce(n.confidential, false) AS confidential, n.postedAt AS postedAt,
       o.id AS demanderOrgId, o.name AS demanderName,
       head([(n)-[:LOCATED_IN]->(r:Region) | r.id]) AS regionId,
       head([(n)-[:LOCATED_IN]->(r:Region) | r.name]) AS region,
       head([(n)-[:IN_INDUSTRY]->(i:Industry) | i.id]) AS industryId,
       head([(n)-[:IN_INDUSTRY]->(i:Industry) | i.name]) AS industry,
       n.budget AS budget, n.deadline AS deadline, coalesce(n.cooperationMethods, []) AS cooperationMethods
