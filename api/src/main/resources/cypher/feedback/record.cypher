// Records a broker verdict: a Feedback node for the history, and the latest verdict on the FEEDBACK edge.
MATCH (n:Need {id: $needId}), (o:Organization {id: $orgId})
MERGE (f:Feedback {id: $id})
  ON CREATE SET f.needId = $needId, f.orgId = $orgId, f.status = $status, f.reason = $reason,
                f.broker = $broker, f.at = $at
MERGE (n)-[e:FEEDBACK]->(o)
SET e.status = $status, e.reason = $reason, e.broker = $broker, e.at = $at, e.count = coalesce(e.count, 0) + 1
RETURN f.id AS id, f.needId AS needId, f.orgId AS orgId, f.status AS status, f.reason AS reason,
       f.broker AS broker, f.at AS at
