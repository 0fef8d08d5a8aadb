// Graph expansion: the closest collaborators of the strongest candidates, strongest ties first (ties by id): the
// co-application counts summed over the candidates' strongest co-applicants (each organization's summary keeps its
// strongest 100; strong candidates have ~10^4 co-applicants, walking them cost 30 ms at 1M patents).
UNWIND $orgIds AS oid
MATCH (o:Organization {id: oid})
WITH coalesce(o.topCoApplicants, []) AS ids, coalesce(o.topCoApplicantCounts, []) AS counts
UNWIND range(0, size(ids) - 1) AS i
WITH ids[i] AS id, sum(counts[i]) AS strength
RETURN id, strength
ORDER BY strength DESC, id
LIMIT $limit
