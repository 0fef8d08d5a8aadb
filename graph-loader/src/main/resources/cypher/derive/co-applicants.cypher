// The co-applicants of the organizations $ids: their co-application summaries count co-applications with these
// and depend on these organizations' types.
UNWIND $ids AS id
MATCH (:Organization {id: id})-[:COLLABORATED_WITH]-(p:Organization)
RETURN DISTINCT p.id AS id
