// A load run ends: its counts and outcome (completed, or failed with the error).
MATCH (r:LoadRun {id: $id})
SET r.finishedAt = datetime($finishedAt), r.outcome = $outcome, r.error = $error,
    r.read = $read, r.created = $created, r.updated = $updated, r.unchanged = $unchanged, r.rejected = $rejected,
    r.derivedOrganizations = $derivedOrganizations, r.derivationMillis = $derivationMillis
