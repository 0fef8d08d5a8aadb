// The technology profile of the organizations $ids: the IPC subclasses and main groups of their patents, with
// the number of patents, the share of the organization's patents (weight) and the latest application year.
// IPC nodes exist (ipc-stubs.cypher runs first); profile entries that no longer apply (a patent's codes were
// corrected) go.
UNWIND $ids AS id
MATCH (o:Organization {id: id})-[:APPLIED_FOR]->(p:Patent)
WITH o, collect(p) AS patents
WITH o, patents, size(patents) AS total
UNWIND patents AS p
UNWIND coalesce(p.ipcCodes, []) AS code
WITH o, total, p, [substring(code, 0, 4)] +
     CASE WHEN code CONTAINS '/' THEN [split(code, '/')[0] + '/00'] ELSE [] END AS keys
UNWIND keys AS key
WITH o, total, key, count(DISTINCT p) AS n, max(p.year) AS lastYear
WITH o, total, collect({key: key, n: n, lastYear: lastYear}) AS profile
CALL {
  WITH o, profile
  MATCH (o)-[stale:ACTIVE_IN]->(c:IpcClass)
  WHERE NOT c.id IN [entry IN profile | entry.key]
  DELETE stale
}
UNWIND profile AS entry
MATCH (c:IpcClass {id: entry.key})
MERGE (o)-[r:ACTIVE_IN]->(c)
SET r.count = entry.n, r.weight = toFloat(entry.n) / total, r.lastYear = entry.lastYear
