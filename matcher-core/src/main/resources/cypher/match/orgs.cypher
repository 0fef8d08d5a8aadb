// Attributes and profiles of candidate organizations, one row per known id.
UNWIND $orgIds AS oid
MATCH (o:Organization {id: oid})
RETURN o.id AS id, o.name AS name, o.type AS type, o.stockCode AS stockCode,
       [(o)-[:LOCATED_IN]->(r:Region) | r.id] + CASE WHEN o.regionId IS NULL THEN [] ELSE [o.regionId] END AS regions,
       [(o)-[:IN_INDUSTRY|ACTIVE_IN]->(i:Industry) | i.id] AS industries,
       [(o)-[a:ACTIVE_IN]->(c:IpcClass) | {code: c.id, count: coalesce(a.count, 1), lastYear: a.lastYear}] AS ipcProfile
