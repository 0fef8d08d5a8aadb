// Organizations of the evaluation corpus with their region.
UNWIND $rows AS o
MERGE (n:Organization {id: o.id})
SET n.name = o.name, n.normName = o.normName, n.type = o.type, n.regionId = o.regionId, n.source = $source,
    n.contentHash = o.contentHash
WITH n, o
MATCH (r:Region {id: o.regionId})
MERGE (n)-[:LOCATED_IN]->(r)
