package io.techmatch.core.match;

import java.util.List;
import java.util.Set;

/**
 * What the matcher knows about a demand: a need of the graph ({@code needId} set) or free text with context.
 * {@code demanderId} is null when the demanding organization is unknown or not in the graph; {@code ipcCodes} are
 * the need's IPC classes as stored; {@code industryIds} the need's and the demander's industries; {@code posters} how
 * many organizations posted the need (the demander is the first by id; 0 for free text).
 */
record NeedContext(String needId, String title, String text, Integer year, String demanderId, String demanderName,
                   String demanderStockCode, String regionId, List<String> ipcCodes, Set<String> industryIds,
                   int posters) {

    NeedContext {
        ipcCodes = List.copyOf(ipcCodes);
        industryIds = Set.copyOf(industryIds);
    }

    /** IPC subclasses (4 characters, e.g. {@code H01M}) of the need's classes: the level profiles are compared at. */
    List<String> ipcSubclasses() {
        return ipcCodes.stream().filter(c -> c.length() >= 4).map(c -> c.substring(0, 4)).distinct().sorted().toList();
    }
}
