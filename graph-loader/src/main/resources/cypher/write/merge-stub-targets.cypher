// The targets of one batch of relationships that may point at nodes not loaded yet (IPC codes printed on patents
// before the IPC scheme is loaded): each distinct one is created as a stub carrying only its code, in the
// transaction of the first batch of the load that names it (BatchWriter skips the ones merged before).
// The reference load later fills in its title and counts it as created.
UNWIND $targets AS target
MERGE (b:__TO__ {id: target.id})
  ON CREATE SET b.code = target.id, b.level = target.level
