// Benchmark baseline: relationships created between nodes found by id, nothing else.
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})
MATCH (b:__TO__ {id: row.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r = row.props
