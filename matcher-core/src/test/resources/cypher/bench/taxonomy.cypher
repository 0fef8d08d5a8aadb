UNWIND $regions AS r
MERGE (g:Region {id: r.id}) SET g.name = r.name, g.level = r.level, g.yrd = r.yrd
WITH count(*) AS done
UNWIND $regions AS r
MATCH (g:Region {id: r.id}), (p:Region {id: r.parent}) MERGE (g)-[:PART_OF]->(p)
WITH count(*) AS done
UNWIND $ipc AS c
MERGE (i:IpcClass {id: c.id}) SET i.code = c.id, i.title = c.title, i.level = c.level
WITH count(*) AS done
UNWIND $ipc AS c
MATCH (i:IpcClass {id: c.id}), (p:IpcClass {id: c.parent}) MERGE (i)-[:PART_OF]->(p)
WITH count(*) AS done
UNWIND $industries AS x
MERGE (i:Industry {id: x.id}) SET i.name = x.name, i.scheme = 'SW'
WITH count(*) AS done
UNWIND $upstream AS u
MATCH (a:Industry {id: u[0]}), (b:Industry {id: u[1]}) MERGE (a)-[:UPSTREAM_OF {weight: 0.5}]->(b)
