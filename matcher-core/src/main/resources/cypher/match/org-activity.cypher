// The candidates' derived activity (ACTIVE_IN) in the need's IPC subclasses $codes and in the industries $industryIds
// that can score for it, read from the class and industry side: those have hundreds of organizations, a large
// organization thousands of profile entries.
UNWIND $codes AS code
MATCH (c:IpcClass {id: code})<-[a:ACTIVE_IN]-(o:Organization)
USING INDEX c:IpcClass(id)
WHERE o.id IN $orgIds
RETURN o.id AS id, c.id AS code, coalesce(a.count, 1) AS count, a.lastYear AS lastYear, null AS industry
UNION ALL
UNWIND $industryIds AS iid
MATCH (i:Industry {id: iid})<-[:ACTIVE_IN]-(o:Organization)
USING INDEX i:Industry(id)
WHERE o.id IN $orgIds
RETURN o.id AS id, null AS code, null AS count, null AS lastYear, i.id AS industry
