// The co-application summary of the organizations $ids, read by matching instead of walking the co-applicants of
// large organizations (10^4 at 1M patents) on every request:
// - academiaCoApplications: co-applications (COLLABORATED_WITH counts) across the line between firms and the
//   research side ($academic), the industry-academia experience feature;
// - coApplicants: how many co-applicants it has (its COLLABORATED_WITH degree), which weighs a shared co-applicant
//   in Adamic-Adar and what testing a candidate against it costs;
// - topCoApplicants / topCoApplicantCounts: the $top strongest co-applicants by count, ties by id, with their counts
//   in the same order, what the graph expansion adds as close collaborators of strong candidates.
// A function of COLLABORATED_WITH and the partners' types only: recomputing it never changes an up-to-date summary.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL {
  WITH o
  MATCH (o)-[c:COLLABORATED_WITH]-(p:Organization)
  WITH o.type AS otype, p.id AS pid, p.type AS ptype, coalesce(c.count, 1) AS n
  ORDER BY n DESC, pid
  RETURN sum(CASE WHEN (otype = 'firm' AND ptype IN $academic) OR (otype IN $academic AND ptype = 'firm')
                  THEN n ELSE 0 END) AS academia, count(*) AS degree,
         collect(pid)[..$top] AS top, collect(n)[..$top] AS counts
}
SET o.academiaCoApplications = academia, o.coApplicants = degree, o.topCoApplicants = top, o.topCoApplicantCounts = counts
