// graph-loader records every load run as a :LoadRun node (source, files with content hashes, counts, times,
// outcome), so `status` in any process shows the last loads.
CREATE CONSTRAINT load_run_id IF NOT EXISTS FOR (n:LoadRun) REQUIRE n.id IS UNIQUE;
CREATE INDEX load_run_started IF NOT EXISTS FOR (n:LoadRun) ON (n.startedAt);
