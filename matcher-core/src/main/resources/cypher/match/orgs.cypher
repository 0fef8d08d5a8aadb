// Attributes of candidate organizations, one row per known id. Their derived profile (ACTIVE_IN) is read from the
// side of the need's IPC subclasses and industries instead (org-activity.cypher): a large organization has
// thousands of ACTIVE_IN relationships, of which only those to the need's classes and industries can score.
UNWIND $orgIds AS oid
MATCH (o:Organization {id: oid})
RETURN o.id AS id, o.name AS name, o.type AS type, o.stockCode AS stockCode,
       [(o)-[:LOCATED_IN]->(r:Region) | r.id] + CASE WHEN o.regionId IS NULL THEN [] ELSE [o.regionId] END AS regions,
       [(o)-[:IN_INDUSTRY]->(i:Industry) | i.id] AS industries
