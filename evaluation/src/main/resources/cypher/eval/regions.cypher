// Province-level regions of the evaluation corpus (docs/graph-model.md: Region).
UNWIND $rows AS r
MERGE (n:Region {id: r.id})
SET n.name = r.name, n.level = 'province', n.yrd = r.yrd, n.source = $source
