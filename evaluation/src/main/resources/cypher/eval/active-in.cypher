// The derived technology profile: organization -> IPC subclass / main group, from its patents.
UNWIND $rows AS a
MATCH (o:Organization {id: a.orgId}), (c:IpcClass {id: a.code})
MERGE (o)-[r:ACTIVE_IN]->(c)
SET r.count = a.count, r.weight = a.weight, r.lastYear = a.lastYear
