MATCH (s:Patent {id: $id})
RETURN s.title AS title, coalesce(s.abstract, '') AS body, s.year AS year,
       [(o:Organization)-[:APPLIED_FOR]->(s) | o.id] AS owners,
       [(s)-[:CLASSIFIED_AS]->(c:IpcClass) | c.id] + coalesce(s.ipcCodes, []) AS ipcCodes,
       [(s)-[:IN_INDUSTRY]->(i:Industry) | i.id] AS industries
