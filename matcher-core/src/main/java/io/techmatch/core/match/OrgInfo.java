package io.techmatch.core.match;

import java.util.List;
import java.util.Set;

/**
 * A candidate organization as read from the graph. {@code ipcProfile} holds its derived activity (ACTIVE_IN) in
 * the IPC subclasses of the need at hand only, and {@code industries} its own industries plus the derived ones
 * that can score for that need: the rest of a large organization's profile cannot change a feature, and reading
 * it costs more than the rest of a match ({@link GraphFacts#orgs}).
 */
record OrgInfo(String id, String name, String type, String stockCode, String regionId, Set<String> industries,
               List<IpcActivity> ipcProfile) {

    record IpcActivity(String code, long count, Integer lastYear) {
    }

    OrgInfo {
        industries = Set.copyOf(industries);
        ipcProfile = List.copyOf(ipcProfile);
    }

    /** The latest year of activity in the need's subclasses, or null. */
    Integer lastActiveYear() {
        return ipcProfile.stream().map(IpcActivity::lastYear).filter(y -> y != null).max(Integer::compare).orElse(null);
    }
}
