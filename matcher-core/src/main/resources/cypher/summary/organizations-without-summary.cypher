// Organizations whose co-application summary was never computed: a graph built before summaries existed, or
// organizations written by a load that was killed before its derivation finished.
MATCH (o:Organization)
WHERE o.coApplicants IS NULL
RETURN o.id AS id
ORDER BY id
