// The organizations that posted the needs $ids.
UNWIND $ids AS id
MATCH (:Need {id: id})<-[:POSTED]-(o:Organization)
RETURN DISTINCT o.id AS id
