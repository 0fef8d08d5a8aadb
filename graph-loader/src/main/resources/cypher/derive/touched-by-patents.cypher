// The applicants of the patents $ids: their derived structure depends on these patents.
UNWIND $ids AS id
MATCH (:Patent {id: id})<-[:APPLIED_FOR]-(o:Organization)
RETURN DISTINCT o.id AS id
