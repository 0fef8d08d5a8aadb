// A load run begins: recorded before anything is written, so a run that is killed stays visible as "running".
CREATE (r:LoadRun {id: $id})
SET r.source = $source, r.files = $files, r.fileHashes = $hashes, r.startedAt = datetime($startedAt),
    r.outcome = 'running'
