// Organizations → their most specific known region (regionId is set by entity resolution or the source).
MATCH (o:Organization) WHERE o.regionId IS NOT NULL
CALL {
  WITH o
  MATCH (r:Region {id: o.regionId})
  MERGE (o)-[l:LOCATED_IN]->(r)
    ON CREATE SET l.inferred = true, l.evidence = coalesce(o.city, o.province, r.name)
} IN TRANSACTIONS OF 2000 ROWS;
