// Explanation paths for a free-text demand, which has no node in the graph: every path starts at a document the
// query retrieved (the Java side prepends a labelled text-match hop) and continues over stored edges to the org.
// $evidence maps an org id to its own retrieved documents, best first; $hits are the query's best documents overall
// (for organizations that the graph expansion added). Fixed shapes, a LIMIT per branch.
UNWIND $orgIds AS oid
MATCH (o:Organization {id: oid})
CALL {
  WITH o
  UNWIND range(0, size(coalesce($evidence[o.id], [])) - 1) AS i
  WITH o, i, $evidence[o.id][i] AS eid
  OPTIONAL MATCH (pat:Patent {id: eid})
  OPTIONAL MATCH (ach:Achievement {id: eid})
  OPTIONAL MATCH (prj:Project {id: eid})
  WITH o, i, coalesce(pat, ach, prj) AS e WHERE e IS NOT NULL
  MATCH p = (e)<-[:APPLIED_FOR|OWNS]-(o)
  WITH p, i ORDER BY i LIMIT 2
  RETURN 'text-evidence' AS kind, 1 AS priority, 1000 - i AS strength, p AS path
  UNION ALL
  WITH o
  UNWIND range(0, size(coalesce($evidence[o.id], [])) - 1) AS i
  MATCH p = (e:Patent {id: $evidence[o.id][i]})<-[:INVENTED]-(:Expert)-[:AFFILIATED_WITH]->(o)
  WITH p, i ORDER BY i LIMIT 1
  RETURN 'text-expert' AS kind, 2 AS priority, 1000 - i AS strength, p AS path
  UNION ALL
  WITH o
  UNWIND range(0, size($hits) - 1) AS i
  OPTIONAL MATCH (pat:Patent {id: $hits[i]})
  OPTIONAL MATCH (ach:Achievement {id: $hits[i]})
  WITH o, i, coalesce(pat, ach) AS e WHERE e IS NOT NULL
  MATCH p = (e)<-[:APPLIED_FOR|OWNS]-(z:Organization)-[c:COLLABORATED_WITH]-(o)
  WHERE z <> o
  WITH p, i, c ORDER BY i, coalesce(c.count, 1) DESC, z.id LIMIT 1
  RETURN 'text-collaboration' AS kind, 3 AS priority, 1000 - i AS strength, p AS path
  UNION ALL
  WITH o
  UNWIND range(0, size($hits) - 1) AS i
  OPTIONAL MATCH (pat:Patent {id: $hits[i]})
  OPTIONAL MATCH (ach:Achievement {id: $hits[i]})
  WITH o, i, coalesce(pat, ach) AS e WHERE e IS NOT NULL
  MATCH p = (e)-[:CLASSIFIED_AS]->(:IpcClass)<-[:CLASSIFIED_AS]-(e2)<-[:APPLIED_FOR|OWNS]-(o)
  WHERE e2 <> e AND (e2:Patent OR e2:Achievement)
  WITH p, i, e2 ORDER BY i, coalesce(e2.year, 0) DESC, e2.id LIMIT 1
  RETURN 'text-ipc' AS kind, 4 AS priority, 1000 - i AS strength, p AS path
}
RETURN o.id AS orgId, kind, priority, strength, path
