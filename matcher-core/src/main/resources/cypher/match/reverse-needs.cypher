// Candidate needs of a reverse match, with their demanders (first by id), regions, IPC classes and industries.
UNWIND $needIds AS nid
MATCH (n:Need {id: nid})
OPTIONAL MATCH (d:Organization)-[:POSTED]->(n)
WITH n, d ORDER BY d.id
WITH n, head(collect(d)) AS d
RETURN n.id AS id, n.title AS title, n.year AS year, n.status AS status,
       coalesce(n.confidential, false) AS confidential, d.id AS demanderId, d.name AS demanderName,
       [(n)-[:LOCATED_IN]->(r:Region) | r.id]
         + CASE WHEN d IS NULL THEN [] ELSE [(d)-[:LOCATED_IN]->(r:Region) | r.id] END AS regions,
       [(n)-[:CLASSIFIED_AS]->(c:IpcClass) | c.id] AS ipcCodes,
       [(n)-[:IN_INDUSTRY]->(i:Industry) | i.id]
         + CASE WHEN d IS NULL THEN [] ELSE [(d)-[:IN_INDUSTRY]->(i:Industry) | i.id] END AS industries
