// Patents with their applicants (in order) and printed IPC codes.
UNWIND $rows AS p
MERGE (n:Patent {id: p.id})
SET n.title = p.title, n.abstract = p.abstract, n.year = p.year, n.ipcCodes = p.ipcCodes,
    n.applicants = p.applicants, n.source = $source, n.contentHash = p.contentHash
WITH n, p
CALL {
  WITH n, p
  UNWIND range(0, size(p.owners) - 1) AS i
  MATCH (o:Organization {id: p.owners[i]})
  MERGE (o)-[a:APPLIED_FOR]->(n)
  SET a.order = i + 1
}
CALL {
  WITH n, p
  UNWIND p.ipcCodes AS code
  MATCH (c:IpcClass {id: code})
  MERGE (n)-[:CLASSIFIED_AS]->(c)
}
