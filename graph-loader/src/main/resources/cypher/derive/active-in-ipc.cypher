// The technology profile of the organizations $ids: the IPC subclasses and main groups of their patents, with
// the number of patents, the share of the organization's patents (weight) and the latest application year.
// One walk over the patents: the classes are merged here, once per distinct key of the batch (as stubs when an
// IPC code was printed on a patent before the IPC scheme was loaded).
// An organization with no ACTIVE_IN to an IPC class yet (a new one) gets its profile CREATEd: MERGE checks each
// pair by walking the organization's ACTIVE_IN chain, quadratic in a large profile. It is write-locked first (the
// SET/REMOVE leaves nothing), so a concurrent derivation of it waits, then finds the profile and merges. One with a
// profile has it merged, and entries that no longer apply (a patent's codes were corrected) go.
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
WITH o, collect({key: key, n: n, lastYear: lastYear, weight: toFloat(n) / total}) AS profile
WITH collect({o: o, profile: profile}) AS organizations
CALL {
  WITH organizations
  UNWIND organizations AS x
  UNWIND x.profile AS entry
  WITH DISTINCT entry.key AS key
  MERGE (c:IpcClass {id: key})
    ON CREATE SET c.code = key, c.level = CASE WHEN size(key) = 4 THEN 'subclass' ELSE 'main_group' END
}
UNWIND organizations AS x
WITH x.o AS o, x.profile AS profile
SET o.derivationLock = true
REMOVE o.derivationLock
WITH o, profile, EXISTS { (o)-[:ACTIVE_IN]->(:IpcClass) } AS profiled
CALL {
  WITH o, profile, profiled
  WITH o, profile WHERE NOT profiled
  UNWIND profile AS entry
  MATCH (c:IpcClass {id: entry.key})
  CREATE (o)-[r:ACTIVE_IN]->(c)
  SET r.count = entry.n, r.weight = entry.weight, r.lastYear = entry.lastYear
}
CALL {
  WITH o, profile, profiled
  WITH o, profile WHERE profiled
  CALL {
    WITH o, profile
    MATCH (o)-[stale:ACTIVE_IN]->(c:IpcClass)
    WHERE NOT c.id IN [entry IN profile | entry.key]
    DELETE stale
  }
  UNWIND profile AS entry
  MATCH (c:IpcClass {id: entry.key})
  MERGE (o)-[r:ACTIVE_IN]->(c)
  SET r.count = entry.n, r.weight = entry.weight, r.lastYear = entry.lastYear
}
