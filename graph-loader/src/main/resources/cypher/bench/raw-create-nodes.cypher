// Benchmark baseline: the same rows written with a bare CREATE (no MERGE, no hash, no validation).
UNWIND $rows AS row
CREATE (n:__LABEL__)
SET n = row
