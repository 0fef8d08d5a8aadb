// Each organization's technology profile: the IPC subclasses and main groups of its patents, with the number of
// patents, the share of its patents (weight) and the latest application year. Missing IPC nodes become stubs.
MATCH (o:Organization)
CALL {
  WITH o
  MATCH (o)-[:APPLIED_FOR]->(p:Patent)
  WITH o, collect(p) AS patents
  WITH o, patents, size(patents) AS total
  UNWIND patents AS p
  UNWIND coalesce(p.ipcCodes, []) AS code
  WITH o, total, p, [substring(code, 0, 4)] +
       CASE WHEN code CONTAINS '/' THEN [split(code, '/')[0] + '/00'] ELSE [] END AS keys
  UNWIND keys AS key
  WITH o, total, key, count(DISTINCT p) AS n, max(p.year) AS lastYear
  MERGE (c:IpcClass {id: key})
    ON CREATE SET c.code = key, c.level = CASE WHEN size(key) = 4 THEN 'subclass' ELSE 'main_group' END
  MERGE (o)-[r:ACTIVE_IN]->(c)
  SET r.count = n, r.weight = toFloat(n) / total, r.lastYear = lastYear
} IN TRANSACTIONS OF 500 ROWS;
