// An organization's profile: technology and industry profile, collaborators, evidence (each list bounded).
MATCH (o:Organization {id: $id})
RETURN o.id AS id, o.name AS name, o.type AS type,
       head([(o)-[:LOCATED_IN]->(r:Region) | r.name]) AS region,
       coalesce(o.aliases, []) AS aliases,
       COLLECT { MATCH (o)-[a:ACTIVE_IN]->(c:IpcClass)
                 RETURN {code: c.id, title: c.title, weight: a.weight} ORDER BY a.weight DESC, c.id LIMIT 30 }
         AS ipcProfile,
       COLLECT { MATCH (o)-[a:ACTIVE_IN]->(i:Industry)
                 RETURN {id: i.id, name: i.name, weight: a.weight} ORDER BY a.weight DESC, i.id LIMIT 30 }
         AS industryProfile,
       COLLECT { MATCH (o)-[c:COLLABORATED_WITH]-(p:Organization)
                 RETURN {orgId: p.id, name: p.name, count: c.count, firstYear: c.firstYear, lastYear: c.lastYear}
                 ORDER BY c.count DESC, p.id LIMIT 50 }
         AS collaborators,
       COLLECT { MATCH (o)-[:APPLIED_FOR|OWNS]->(e) WHERE e:Patent OR e:Achievement OR e:Project
                 RETURN {id: e.id, kind: CASE WHEN e:Patent THEN 'Patent' WHEN e:Achievement THEN 'Achievement'
                         ELSE 'Project' END, title: e.title, year: e.year}
                 ORDER BY e.year DESC, e.id LIMIT 50 }
         AS evidence
