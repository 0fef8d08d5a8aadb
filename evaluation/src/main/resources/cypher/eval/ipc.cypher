// IPC classes used by the corpus, child -> parent.
UNWIND $rows AS c
MERGE (n:IpcClass {id: c.id})
SET n.code = c.id, n.level = c.level, n.title = c.title
WITH n, c
WHERE c.parent IS NOT NULL
MERGE (p:IpcClass {id: c.parent})
MERGE (n)-[:PART_OF]->(p)
