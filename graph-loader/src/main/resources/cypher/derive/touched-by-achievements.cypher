// The owners of the achievements $ids.
UNWIND $ids AS id
MATCH (:Achievement {id: id})<-[:OWNS]-(o:Organization)
RETURN DISTINCT o.id AS id
