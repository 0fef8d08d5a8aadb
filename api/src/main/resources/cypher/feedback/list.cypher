// The verdict history of one need, newest first.
MATCH (f:Feedback {needId: $needId})
RETURN f.id AS id, f.needId AS needId, f.orgId AS orgId, f.status AS status, f.reason AS reason,
       f.broker AS broker, f.at AS at
ORDER BY f.at DESC, f.id
LIMIT 500
