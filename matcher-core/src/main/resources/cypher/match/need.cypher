// A need with its demander (the first by id when several posted it) and how many posted it, regions, IPC classes and
// industries.
MATCH (n:Need {id: $needId})
OPTIONAL MATCH (d:Organization)-[:POSTED]->(n)
WITH n, d ORDER BY d.id LIMIT 1
RETURN n.id AS id, n.title AS title, coalesce(n.body, '') AS body, n.year AS year,
       coalesce(n.confidential, false) AS confidential, n.status AS status,
       d.id AS demanderId, d.name AS demanderName, d.stockCode AS demanderStockCode,
       COUNT { (:Organization)-[:POSTED]->(n) } AS posters,
       [(n)-[:LOCATED_IN]->(r:Region) | r.id] AS needRegions,
       CASE WHEN d IS NULL THEN [] ELSE [(d)-[:LOCATED_IN]->(r:Region) | r.id] + CASE WHEN d.regionId IS NULL THEN [] ELSE [d.regionId] END END AS demanderRegions,
       [(n)-[:CLASSIFIED_AS]->(c:IpcClass) | c.id] AS ipcCodes,
       [(n)-[:IN_INDUSTRY]->(i:Industry) | i.id] AS needIndustries,
       CASE WHEN d IS NULL THEN [] ELSE [(d)-[:IN_INDUSTRY]->(i:Industry) | i.id] END AS demanderIndustries
