package io.techmatch.loader;

import io.techmatch.loader.source.RelRow;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The nodes this load CREATEd (their batch found none of its ids in the graph), and the relationships it CREATEd
 * to them. A relationship with an end that did not exist before this load can only exist if this load wrote it, so
 * the first row of it in the load may CREATE instead of MERGE (no locking check on the ends, no Eager); any later
 * row of the same relationship merges. Relationships are kept as 64-bit hashes: a collision only sends a row to
 * MERGE, which is always right. Nodes are kept exactly, because a false "new" would CREATE a duplicate.
 */
final class CreatedInThisLoad {
    private final Map<String, Set<String>> nodes = new HashMap<>();
    private final LongSet relationships = new LongSet();

    void nodes(String label, Collection<String> ids) {
        nodes.computeIfAbsent(label, k -> new HashSet<>()).addAll(ids);
    }

    boolean node(String label, String id) {
        Set<String> ids = nodes.get(label);
        return ids != null && ids.contains(id);
    }

    /** True for the first row of a relationship with an end CREATEd by this load; it is then written with CREATE. */
    boolean firstToNewNode(RelRow row) {
        if (!node(row.fromLabel(), row.fromId()) && !node(row.toLabel(), row.toId())) {
            return false;
        }
        return relationships.add(key(row));
    }

    /** FNV-1a over type, labels and ids, with a separator after each, then mixed. */
    static long key(RelRow row) {
        long h = 0xcbf29ce484222325L;
        for (String part : new String[] {row.type(), row.fromLabel(), row.fromId(), row.toLabel(), row.toId()}) {
            for (int i = 0; i < part.length(); i++) {
                h = (h ^ part.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ 0xFFFF) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }
}
