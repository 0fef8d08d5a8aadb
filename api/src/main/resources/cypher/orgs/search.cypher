// Organizations whose name or an alias contains the query, by name.
MATCH (o:Organization)
WHERE $q IS NULL OR toLower(o.name) CONTAINS $q OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) CONTAINS $q)
WITH o ORDER BY o.name, o.id
WITH collect(o) AS matched
WITH size(matched) AS total, matched[$skip..($skip + $limit)] AS pageOrgs
CALL (pageOrgs) {
  UNWIND pageOrgs AS o
  RETURN collect({id: o.id, name: o.name, type: o.type,
                  region: head([(o)-[:LOCATED_IN]->(r:Region) | r.name])}) AS items
}
RETURN total, items
