// Explanation paths from a need to each organization, one branch per meaningful pattern. Every pattern has a
// fixed shape or a bounded variable part (PART_OF*1..2), and every branch a LIMIT. $evidence maps an org id to the
// ids of its retrieved evidence, which are preferred. priority: lower = shown first; strength orders within a kind.
MATCH (n:Need {id: $needId})
UNWIND $orgIds AS oid
MATCH (o:Organization {id: oid})
CALL {
  WITH n, o
  MATCH p = (n)-[:CLASSIFIED_AS]->(:IpcClass)<-[:CLASSIFIED_AS]-(e)<-[:APPLIED_FOR|OWNS]-(o)
  WHERE e:Patent OR e:Achievement
  WITH p, e, (CASE WHEN e.id IN coalesce($evidence[o.id], []) THEN 10000 ELSE 0 END) + coalesce(e.year, 0) AS strength
  ORDER BY strength DESC, e.id LIMIT 2
  RETURN 'ipc' AS kind, 1 AS priority, strength, p AS path
  UNION ALL
  WITH n, o
  MATCH p = (n)-[:CLASSIFIED_AS]->(:IpcClass)<-[:CLASSIFIED_AS]-(e:Patent)<-[:INVENTED]-(:Expert)-[:AFFILIATED_WITH]->(o)
  WITH p, e ORDER BY (e.id IN coalesce($evidence[o.id], [])) DESC, coalesce(e.year, 0) DESC, e.id LIMIT 1
  RETURN 'expert' AS kind, 2 AS priority, coalesce(e.year, 0) AS strength, p AS path
  UNION ALL
  WITH n, o
  MATCH p = (n)<-[:POSTED]-(d:Organization)-[:IN_INDUSTRY]->(:Industry)<-[:IN_INDUSTRY]-(z:Organization)-[c:COLLABORATED_WITH]-(o)
  WHERE z <> d AND z <> o AND d <> o
  WITH p, z, c ORDER BY coalesce(c.count, 1) DESC, z.id LIMIT 1
  RETURN 'chain-partner' AS kind, 3 AS priority, coalesce(c.count, 1) AS strength, p AS path
  UNION ALL
  WITH n, o
  MATCH p = (n)<-[:POSTED]-(d:Organization)-[c:COLLABORATED_WITH]-(o)
  WITH p, c ORDER BY coalesce(c.count, 1) DESC LIMIT 1
  RETURN 'collaboration' AS kind, 3 AS priority, coalesce(c.count, 1) AS strength, p AS path
  UNION ALL
  WITH n, o
  MATCH p = (n)<-[:POSTED]-(d:Organization)-[:COLLABORATED_WITH]-(z:Organization)-[c:COLLABORATED_WITH]-(o)
  WHERE z <> o AND d <> o
  WITH p, z, c ORDER BY coalesce(c.count, 1) DESC, z.id LIMIT 1
  RETURN 'collaboration-2' AS kind, 4 AS priority, coalesce(c.count, 1) AS strength, p AS path
  UNION ALL
  WITH n, o
  MATCH p = (n)-[:CLASSIFIED_AS]->(:IpcClass)-[:PART_OF*0..2]->(:IpcClass)<-[:CLASSIFIED_AS]-(m:Need)-[s:SOLVED_BY]->(o)
  WHERE m <> n
  WITH p, m ORDER BY length(p), coalesce(m.year, 0) DESC, m.id LIMIT 1
  RETURN 'solved-similar' AS kind, 4 AS priority, coalesce(m.year, 0) AS strength, p AS path
  UNION ALL
  WITH n, o
  MATCH p = (n)-[:CLASSIFIED_AS]->(:IpcClass)-[:PART_OF*1..2]-(:IpcClass)<-[:CLASSIFIED_AS]-(e)<-[:APPLIED_FOR|OWNS]-(o)
  WHERE e:Patent OR e:Achievement
  WITH p, e ORDER BY (e.id IN coalesce($evidence[o.id], [])) DESC, length(p), coalesce(e.year, 0) DESC, e.id LIMIT 1
  RETURN 'ipc-hierarchy' AS kind, 5 AS priority, coalesce(e.year, 0) AS strength, p AS path
  UNION ALL
  WITH n, o
  MATCH p = (n)-[:IN_INDUSTRY]->(:Industry)<-[:UPSTREAM_OF]-(:Industry)<-[:IN_INDUSTRY]-(o)
  WITH p LIMIT 1
  RETURN 'upstream' AS kind, 5 AS priority, 0 AS strength, p AS path
  UNION ALL
  WITH n, o
  MATCH p = (n)<-[:POSTED]-(:Organization)-[:IN_INDUSTRY]->(:Industry)<-[:UPSTREAM_OF]-(:Industry)<-[:IN_INDUSTRY]-(o)
  WITH p LIMIT 1
  RETURN 'upstream' AS kind, 6 AS priority, 0 AS strength, p AS path
  UNION ALL
  WITH n, o
  MATCH p = (n)-[:IN_INDUSTRY]->(:Industry)<-[:IN_INDUSTRY]-(e)<-[:APPLIED_FOR|OWNS]-(o)
  WHERE e:Patent OR e:Achievement
  WITH p, e ORDER BY (e.id IN coalesce($evidence[o.id], [])) DESC, coalesce(e.year, 0) DESC, e.id LIMIT 1
  RETURN 'industry-evidence' AS kind, 6 AS priority, coalesce(e.year, 0) AS strength, p AS path
  UNION ALL
  WITH n, o
  MATCH p = (n)-[:IN_INDUSTRY]->(:Industry)<-[:IN_INDUSTRY]-(o)
  WITH p LIMIT 1
  RETURN 'industry' AS kind, 7 AS priority, 0 AS strength, p AS path
  UNION ALL
  WITH n, o
  MATCH p = (n)-[:LOCATED_IN]->(:Region)<-[:LOCATED_IN]-(o)
  WITH p LIMIT 1
  RETURN 'region' AS kind, 8 AS priority, 0 AS strength, p AS path
}
RETURN o.id AS orgId, kind, priority, strength, path
