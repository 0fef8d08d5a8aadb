package io.techmatch.api.needs;

/** One row of a need list. */
public record NeedSummary(String id, String title, String status, boolean confidential, String postedAt,
                          String demanderOrgId, String demanderName, String region, String industry) {
}
