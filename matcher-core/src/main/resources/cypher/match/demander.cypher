// The context organization of a free-text demand.
MATCH (d:Organization {id: $orgId})
RETURN d.id AS id, d.name AS name, d.stockCode AS stockCode,
       [(d)-[:LOCATED_IN]->(r:Region) | r.id] + CASE WHEN d.regionId IS NULL THEN [] ELSE [d.regionId] END AS regions,
       [(d)-[:IN_INDUSTRY]->(i:Industry) | i.id] AS industries
