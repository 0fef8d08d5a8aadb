// The IPC subclasses and main groups that the patents of the organizations $ids fall in, created as stubs when
// missing (an IPC code printed on a patent before the IPC scheme is loaded), once per batch: the profile
// statement then only looks them up.
UNWIND $ids AS id
MATCH (:Organization {id: id})-[:APPLIED_FOR]->(p:Patent)
UNWIND coalesce(p.ipcCodes, []) AS code
UNWIND [substring(code, 0, 4)] + CASE WHEN code CONTAINS '/' THEN [split(code, '/')[0] + '/00'] ELSE [] END AS key
WITH DISTINCT key
MERGE (c:IpcClass {id: key})
  ON CREATE SET c.code = key, c.level = CASE WHEN size(key) = 4 THEN 'subclass' ELSE 'main_group' END
