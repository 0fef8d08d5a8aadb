// An expert with affiliations and invented patents.
MATCH (e:Expert {id: $id})
RETURN e.id AS id, e.name AS name, e.title AS title,
       COLLECT { MATCH (e)-[a:AFFILIATED_WITH]->(o:Organization)
                 RETURN {orgId: o.id, name: o.name, since: a.since, until: a.until} ORDER BY a.since, o.id LIMIT 20 }
         AS affiliations,
       COLLECT { MATCH (e)-[:INVENTED]->(p:Patent)
                 RETURN {id: p.id, title: p.title, year: p.year} ORDER BY p.year DESC, p.id LIMIT 50 }
         AS patents
