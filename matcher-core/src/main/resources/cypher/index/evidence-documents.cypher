// The text-bearing nodes as evidence documents (docs/graph-model.md). $ids = null reads all of them, otherwise only
// those ids. Owners: the organizations that APPLIED_FOR / OWN / POSTED the node; an organization owns its profile.
MATCH (n)
WHERE (n:Patent OR n:Achievement OR n:Need OR n:Project OR n:Organization)
  AND ($ids IS NULL OR n.id IN $ids)
OPTIONAL MATCH (o:Organization)-[:APPLIED_FOR|OWNS|POSTED]->(n)
WITH n, collect(DISTINCT o.id) AS owners
OPTIONAL MATCH (n)-[:CLASSIFIED_AS]->(c:IpcClass)
WITH n, owners, collect(DISTINCT c.code) AS classified
OPTIONAL MATCH (n)-[:IN_INDUSTRY]->(i:Industry)
WITH n, owners, classified, collect(DISTINCT i.id) AS industries
OPTIONAL MATCH (n)-[:LOCATED_IN]->(r:Region)
WITH n, owners, classified, industries, collect(DISTINCT r.id) AS regions
RETURN n.id AS id,
       [l IN labels(n) WHERE l IN ['Patent', 'Achievement', 'Need', 'Project', 'Organization']][0] AS kind,
       coalesce(n.title, n.name, '') AS title,
       coalesce(n.abstract, n.body, n.profile, '') AS body,
       [x IN coalesce(n.ipcCodes, []) + classified WHERE x IS NOT NULL] AS ipcCodes,
       industries,
       CASE WHEN n.regionId IS NULL OR n.regionId IN regions THEN regions ELSE regions + n.regionId END AS regionIds,
       CASE WHEN n:Organization THEN [n.id] ELSE owners END AS ownerIds,
       n.year AS year,
       coalesce(n.confidential, false) AS confidential
ORDER BY id
