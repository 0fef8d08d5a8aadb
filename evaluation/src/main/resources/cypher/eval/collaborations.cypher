// Co-applications, stored once per pair from the smaller id to the larger.
UNWIND $rows AS c
MATCH (a:Organization {id: c.a}), (b:Organization {id: c.b})
MERGE (a)-[r:COLLABORATED_WITH]->(b)
SET r.count = c.count, r.firstYear = c.firstYear, r.lastYear = c.lastYear, r.patentIds = c.patentIds
