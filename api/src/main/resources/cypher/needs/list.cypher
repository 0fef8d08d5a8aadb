// A page of needs visible to the caller. Found by full text ($rank: need id -> relevance rank from the evidence
// index), best first; otherwise newest first. Ties by id, so pages are stable. $q is the substring fallback used
// only while the index is rebuilding.
MATCH (n:Need)
OPTIONAL MATCH (o:Organization)-[:POSTED]->(n)
WITH n, o
WHERE ($status IS NULL OR n.status = $status)
  AND ($seeAll OR NOT coalesce(n.confidential, false) OR (o IS NOT NULL AND o.id = $orgId))
  AND ($rank IS NULL OR $rank[n.id] IS NOT NULL)
  AND ($q IS NULL OR toLower(n.title) CONTAINS $q OR toLower(coalesce(n.body, '')) CONTAINS $q)
  AND ($region IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(:Region {id: $region}) })
  AND ($industry IS NULL OR EXISTS { (n)-[:IN_INDUSTRY]->(:Industry)-[:PART_OF*0..3]->(:Industry {id: $industry}) })
WITH n, o
ORDER BY CASE WHEN $rank IS NULL THEN 0 ELSE $rank[n.id] END, coalesce(n.postedAt, '') DESC, n.id
WITH collect({n: n, o: o}) AS rows
WITH size(rows) AS total, rows[$skip..($skip + $limit)] AS pageRows
CALL (pageRows) {
  UNWIND pageRows AS row
  WITH row.n AS n, row.o AS o
  RETURN collect({
    id: n.id, title: n.title, status: n.status, confidential: coalesce(n.confidential, false),
    postedAt: n.postedAt, demanderOrgId: o.id, demanderName: o.name,
    region: head([(n)-[:LOCATED_IN]->(r:Region) | r.name]),
    industry: head([(n)-[:IN_INDUSTRY]->(i:Industry) | i.name])
  }) AS items
}
RETURN total, items
