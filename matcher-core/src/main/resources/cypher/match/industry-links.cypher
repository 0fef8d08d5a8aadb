// Parents (one level) of the given industries, and the upstream links (industry chain) among them and their parents,
// in one read: chain links between parent industries count too. One row per industry seen; `parents` is non-empty
// only for the given ones.
UNWIND $industryIds AS iid
MATCH (i:Industry {id: iid})
OPTIONAL MATCH (i)-[:PART_OF]->(p:Industry)
WITH collect(DISTINCT i) + collect(DISTINCT p) AS nodes, collect(DISTINCT [i.id, p.id]) AS pairs
UNWIND nodes AS n
WITH DISTINCT n, nodes, pairs
OPTIONAL MATCH (n)-[:UPSTREAM_OF]->(down:Industry)
WHERE down IN nodes
RETURN n.id AS id, [x IN pairs WHERE x[0] = n.id AND x[1] IS NOT NULL | x[1]] AS parents,
       collect(DISTINCT down.id) AS downstream
