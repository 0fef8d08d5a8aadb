UNWIND $rows AS r
MATCH (a:Organization {id: r.a}), (b:Organization {id: r.b})
MERGE (a)-[c:COLLABORATED_WITH]->(b)
SET c.count = r.count, c.firstYear = r.firstYear, c.lastYear = r.lastYear
