UNWIND $rows AS r
MERGE (p:Patent {id: r.id})
SET p.title = r.title, p.abstract = r.abstract, p.year = r.year, p.ipcCodes = [r.ipc], p.source = 'bench'
WITH p, r
MATCH (c:IpcClass {id: r.ipc}) MERGE (p)-[:CLASSIFIED_AS]->(c)
WITH p, r
UNWIND range(0, size(r.owners) - 1) AS k
MATCH (o:Organization {id: r.owners[k]}) MERGE (o)-[:APPLIED_FOR {order: k + 1}]->(p)
