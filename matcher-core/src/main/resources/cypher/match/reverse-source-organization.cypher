// An organization as a source: its profile plus the titles of its 20 latest patents and achievements.
MATCH (s:Organization {id: $id})
CALL {
  WITH s
  MATCH (s)-[:APPLIED_FOR|OWNS]->(d)
  WHERE d:Patent OR d:Achievement
  WITH d ORDER BY coalesce(d.year, 0) DESC, d.id LIMIT 20
  RETURN collect(d.title) AS titles
}
RETURN s.name AS title, coalesce(s.profile, '') + '\n' + reduce(acc = '', t IN titles | acc + coalesce(t, '') + '\n') AS body,
       null AS year, [s.id] AS owners,
       [(s)-[:ACTIVE_IN]->(c:IpcClass) | c.id] AS ipcCodes,
       [(s)-[:IN_INDUSTRY|ACTIVE_IN]->(i:Industry) | i.id] AS industries
