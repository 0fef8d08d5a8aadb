UNWIND $codes AS code MATCH (c:IpcClass {id: code}) RETURN c.id AS code, c.title AS title
