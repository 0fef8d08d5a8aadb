// The last $limit load runs, newest first.
MATCH (r:LoadRun)
RETURN r {.*, startedAt: toString(r.startedAt), finishedAt: toString(r.finishedAt)} AS run
ORDER BY r.startedAt DESC
LIMIT $limit
