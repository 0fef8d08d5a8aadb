package io.techmatch.api.orgs;

import java.util.List;

/** The JSON shapes of organization and expert profiles (the HTTP contract), read from the graph's rows. */
final class OrgDtos {
    private OrgDtos() {
    }

    record OrgProfile(String id, String name, String type, String region, List<String> aliases,
                      List<IpcWeight> ipcProfile, List<IndustryWeight> industryProfile,
                      List<Collaborator> collaborators, List<EvidenceItem> evidence) {
    }

    /** An IPC subclass the organization is active in; {@code weight} is its share of the organization's activity. */
    record IpcWeight(String code, String title, Double weight) {
    }

    record IndustryWeight(String id, String name, Double weight) {
    }

    /** Another organization it applied for patents with: how often and when. */
    record Collaborator(String orgId, String name, Long count, Long firstYear, Long lastYear) {
    }

    /** A patent, achievement or project ({@code kind}) of the organization. */
    record EvidenceItem(String id, String kind, String title, Long year) {
    }

    record OrgSummary(String id, String name, String type, String region) {
    }

    record ExpertProfile(String id, String name, String title, List<Affiliation> affiliations,
                         List<PatentItem> patents) {
    }

    record Affiliation(String orgId, String name, Long since, Long until) {
    }

    record PatentItem(String id, String title, Long year) {
    }
}
