package io.techmatch.core.match;

import java.util.List;
import java.util.Set;

/** A candidate organization as read from the graph, with its derived IPC profile and industries. */
record OrgInfo(String id, String name, String type, String stockCode, String regionId, Set<String> industries,
               List<IpcActivity> ipcProfile) {

    record IpcActivity(String code, long count, Integer lastYear) {
    }

    OrgInfo {
        industries = Set.copyOf(industries);
        ipcProfile = List.copyOf(ipcProfile);
    }

    Integer lastActiveYear() {
        return ipcProfile.stream().map(IpcActivity::lastYear).filter(y -> y != null).max(Integer::compare).orElse(null);
    }
}
