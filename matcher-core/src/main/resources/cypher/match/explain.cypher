// Explanation paths from a need to each organization in $orgIds, one branch per meaningful pattern. Every pattern
// has a fixed shape or a bounded variable part (PART_OF*0..2), and every branch keeps at most one or two paths per
// organization. $evidence maps an org id to the ids of its retrieved evidence, which are preferred. priority: lower
// = shown first; strength orders within a kind.
// Direction matters at scale: a large organization holds ~10^5 patents and ~10^4 co-applicants, so the branches
// that reach documents or second-degree co-applicants start from the need (its IPC classes hold tens to thousands
// of documents, its demander's co-applicants are few) and test membership in the candidate list at the end, where
// the planner would otherwise expand every candidate's whole portfolio.
MATCH (n:Need {id: $needId})
OPTIONAL MATCH (cand:Organization) WHERE cand.id IN $orgIds
WITH n, collect(cand) AS orgs
CALL {
  WITH n, orgs
  MATCH p = (n)-[:CLASSIFIED_AS]->(:IpcClass)<-[:CLASSIFIED_AS]-(e)<-[:APPLIED_FOR|OWNS]-(o:Organization)
  WHERE (e:Patent OR e:Achievement) AND o IN orgs
  WITH o, p, e, (CASE WHEN e.id IN coalesce($evidence[o.id], []) THEN 10000 ELSE 0 END) + coalesce(e.year, 0) AS strength
  ORDER BY strength DESC, e.id
  WITH o, collect({path: p, strength: strength})[..2] AS best
  UNWIND best AS b
  RETURN o, 'ipc' AS kind, 1 AS priority, b.strength AS strength, b.path AS path
  UNION ALL
  WITH n, orgs
  MATCH p = (n)-[:CLASSIFIED_AS]->(:IpcClass)<-[:CLASSIFIED_AS]-(e:Patent)<-[:INVENTED]-(:Expert)-[:AFFILIATED_WITH]->(o:Organization)
  WHERE o IN orgs
  WITH o, p, e ORDER BY (e.id IN coalesce($evidence[o.id], [])) DESC, coalesce(e.year, 0) DESC, e.id
  WITH o, collect({path: p, strength: coalesce(e.year, 0)})[0] AS b
  RETURN o, 'expert' AS kind, 2 AS priority, b.strength AS strength, b.path AS path
  UNION ALL
  WITH n, orgs
  MATCH p = (n)<-[:POSTED]-(d:Organization)-[:IN_INDUSTRY]->(:Industry)<-[:IN_INDUSTRY]-(z:Organization)-[c:COLLABORATED_WITH]-(o:Organization)
  WHERE o IN orgs AND z <> d AND z <> o AND d <> o
  WITH o, p, z, c ORDER BY coalesce(c.count, 1) DESC, z.id
  WITH o, collect({path: p, strength: coalesce(c.count, 1)})[0] AS b
  RETURN o, 'chain-partner' AS kind, 3 AS priority, b.strength AS strength, b.path AS path
  UNION ALL
  WITH n, orgs
  MATCH p = (n)<-[:POSTED]-(d:Organization)-[c:COLLABORATED_WITH]-(o:Organization)
  WHERE o IN orgs
  WITH o, p, c ORDER BY coalesce(c.count, 1) DESC
  WITH o, collect({path: p, strength: coalesce(c.count, 1)})[0] AS b
  RETURN o, 'collaboration' AS kind, 3 AS priority, b.strength AS strength, b.path AS path
  UNION ALL
  // The demander's co-applicants z include hubs (~10^4 co-applicants each at 1M patents), and so do the candidates:
  // walking either side's relationships cost most of this query. The strongest shared co-applicant of a candidate
  // is the first of its summary's strongest co-applicants (count descending, ties by id, the order used here) that
  // is a co-applicant of the demander ($neighbourKeys, explain-neighbours.cypher). Only when the summary holds none
  // and is cut short (more than TOP_CO_APPLICANTS co-applicants) are relationships read, as in
  // collaboration.cypher: one pass over the candidate's co-applicants testing their element ids ($neighbours, no
  // property read), or one lookup per z (a lookup between two nodes walks the relationships of the one with fewer),
  // whichever reads fewer ($neighbourDegrees). The path is built afterwards for the strongest tie only.
  WITH n, orgs
  MATCH (n)<-[:POSTED]-(d:Organization)
  WITH n, d, orgs WHERE size($neighbourKeys) > 0
  UNWIND orgs AS o
  WITH n, d, o WHERE o <> d
  WITH n, d, o, head([k IN coalesce(o.topCoApplicants, []) WHERE k IN $neighbourKeys]) AS strongest
  CALL {
    WITH o, strongest
    WITH o, strongest WHERE strongest IS NOT NULL
    MATCH (z:Organization {id: strongest})
    USING INDEX z:Organization(id)
    MATCH (o)-[c:COLLABORATED_WITH]-(z)
    RETURN collect({z: z, c: c}) AS found
  }
  WITH n, d, o,
       CASE WHEN strongest IS NOT NULL THEN found
            WHEN size(coalesce(o.topCoApplicants, [])) >= COUNT { (o)-[:COLLABORATED_WITH]-() }
                 AND o.topCoApplicants IS NOT NULL THEN []
            WHEN COUNT { (o)-[:COLLABORATED_WITH]-() } <= $neighbourDegrees
              THEN [(o)-[c:COLLABORATED_WITH]-(z) WHERE elementId(z) IN $neighbours | {z: z, c: c}]
            ELSE [(d)-[:COLLABORATED_WITH]-(z) WHERE z <> o | {z: z, c: head([(o)-[c:COLLABORATED_WITH]-(z) | c])}]
            END AS ties
  UNWIND ties AS t
  WITH n, d, o, t.z AS z, t.c AS c
  WHERE c IS NOT NULL AND z <> o
  WITH n, d, o, z, c ORDER BY coalesce(c.count, 1) DESC, z.id
  WITH n, d, o, collect({z: z, c: c})[0] AS best
  WITH n, d, o, best.z AS z, best.c AS c
  MATCH p = (n)<-[:POSTED]-(d)-[:COLLABORATED_WITH]-(z)-[c]-(o)
  WITH o, p, z, c ORDER BY coalesce(c.count, 1) DESC, z.id
  WITH o, collect({path: p, strength: coalesce(c.count, 1)})[0] AS b
  RETURN o, 'collaboration-2' AS kind, 4 AS priority, b.strength AS strength, b.path AS path
  UNION ALL
  WITH n, orgs
  MATCH p = (n)-[:CLASSIFIED_AS]->(:IpcClass)-[:PART_OF*0..2]->(:IpcClass)<-[:CLASSIFIED_AS]-(m:Need)-[s:SOLVED_BY]->(o:Organization)
  WHERE m <> n AND o IN orgs
  WITH o, p, m ORDER BY length(p), coalesce(m.year, 0) DESC, m.id
  WITH o, collect({path: p, strength: coalesce(m.year, 0)})[0] AS b
  RETURN o, 'solved-similar' AS kind, 4 AS priority, b.strength AS strength, b.path AS path
  UNION ALL
  WITH n, orgs
  MATCH p = (n)-[:CLASSIFIED_AS]->(:IpcClass)-[:PART_OF*1..2]-(:IpcClass)<-[:CLASSIFIED_AS]-(e)<-[:APPLIED_FOR|OWNS]-(o:Organization)
  WHERE (e:Patent OR e:Achievement) AND o IN orgs
  WITH o, p, e ORDER BY (e.id IN coalesce($evidence[o.id], [])) DESC, length(p), coalesce(e.year, 0) DESC, e.id
  WITH o, collect({path: p, strength: coalesce(e.year, 0)})[0] AS b
  RETURN o, 'ipc-hierarchy' AS kind, 5 AS priority, b.strength AS strength, b.path AS path
  UNION ALL
  // the remaining branches start from each candidate: their fan-out there is small (industries, regions, and the
  // candidate's achievements)
  WITH n, orgs
  UNWIND orgs AS o
  CALL {
    WITH n, o
    MATCH p = (n)-[:IN_INDUSTRY]->(:Industry)<-[:UPSTREAM_OF]-(:Industry)<-[:IN_INDUSTRY]-(o)
    RETURN p LIMIT 1
  }
  RETURN o, 'upstream' AS kind, 5 AS priority, 0 AS strength, p AS path
  UNION ALL
  WITH n, orgs
  UNWIND orgs AS o
  CALL {
    WITH n, o
    MATCH p = (n)<-[:POSTED]-(:Organization)-[:IN_INDUSTRY]->(:Industry)<-[:UPSTREAM_OF]-(:Industry)<-[:IN_INDUSTRY]-(o)
    RETURN p LIMIT 1
  }
  RETURN o, 'upstream' AS kind, 6 AS priority, 0 AS strength, p AS path
  UNION ALL
  WITH n, orgs
  UNWIND orgs AS o
  CALL {
    // only achievements carry industries; OWNS is read alone, not the candidate's whole patent portfolio
    WITH n, o
    MATCH p = (n)-[:IN_INDUSTRY]->(:Industry)<-[:IN_INDUSTRY]-(e:Achievement)<-[:OWNS]-(o)
    RETURN p, e ORDER BY (e.id IN coalesce($evidence[o.id], [])) DESC, coalesce(e.year, 0) DESC, e.id LIMIT 1
  }
  RETURN o, 'industry-evidence' AS kind, 6 AS priority, coalesce(e.year, 0) AS strength, p AS path
  UNION ALL
  WITH n, orgs
  UNWIND orgs AS o
  CALL {
    WITH n, o
    MATCH p = (n)-[:IN_INDUSTRY]->(:Industry)<-[:IN_INDUSTRY]-(o)
    RETURN p LIMIT 1
  }
  RETURN o, 'industry' AS kind, 7 AS priority, 0 AS strength, p AS path
  UNION ALL
  WITH n, orgs
  UNWIND orgs AS o
  CALL {
    WITH n, o
    MATCH p = (n)-[:LOCATED_IN]->(:Region)<-[:LOCATED_IN]-(o)
    RETURN p LIMIT 1
  }
  RETURN o, 'region' AS kind, 8 AS priority, 0 AS strength, p AS path
}
RETURN o.id AS orgId, kind, priority, strength, path
