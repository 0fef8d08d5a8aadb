// Organizations ($ids) → their most specific known region (regionId is set by entity resolution or the source).
// An inferred LOCATED_IN to another region (the organization's region was corrected) is removed.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
OPTIONAL MATCH (r:Region {id: o.regionId})
CALL {
  WITH o, r
  MATCH (o)-[stale:LOCATED_IN]->(other:Region)
  WHERE stale.inferred AND (r IS NULL OR other <> r)
  DELETE stale
}
WITH o, r WHERE r IS NOT NULL
MERGE (o)-[l:LOCATED_IN]->(r)
  ON CREATE SET l.inferred = true, l.evidence = coalesce(o.city, o.province, r.name)
