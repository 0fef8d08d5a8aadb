// The targets of one batch of relationships that may point at nodes not loaded yet (IPC codes printed on patents
// before the IPC scheme is loaded): each distinct one is created as a stub carrying only its code, once per batch,
// in the batch's transaction. The reference load later fills in its title and counts it as created.
UNWIND $targets AS target
MERGE (b:__TO__ {id: target.id})
  ON CREATE SET b.code = target.id, b.level = target.level
