// Everything but the schema bookkeeping, in batches.
MATCH (n) WHERE NOT n:SchemaMigration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
