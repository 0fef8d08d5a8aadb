// The whole region hierarchy (child -> parent), cached per Matcher.
MATCH (r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
RETURN r.id AS id, r.name AS name, r.level AS level, r.yrd AS yrd, min(p.id) AS parent
ORDER BY id
LIMIT 100000
