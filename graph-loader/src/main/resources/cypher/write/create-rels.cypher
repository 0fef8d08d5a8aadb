// Relationships of one batch that cannot exist yet: an end was CREATEd by this load, and no earlier row of this
// load gave the same relationship (CreatedInThisLoad). CREATE skips MERGE's locking check of the ends and the Eager
// that merge-rels.cypher needs. Rows whose ends are missing produce no row here, as in merge-rels.cypher.
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})
MATCH (b:__TO__ {id: row.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r = row.props
RETURN collect(row.idx) AS written
