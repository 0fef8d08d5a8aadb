MATCH (s:Achievement {id: $id})
RETURN s.title AS title, coalesce(s.body, '') AS body, s.year AS year,
       [(o:Organization)-[:OWNS]->(s) | o.id] AS owners,
       [(s)-[:CLASSIFIED_AS]->(c:IpcClass) | c.id] AS ipcCodes,
       [(s)-[:IN_INDUSTRY]->(i:Industry) | i.id] AS industries
