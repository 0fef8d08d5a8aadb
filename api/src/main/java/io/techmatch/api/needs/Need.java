package io.techmatch.api.needs;

import java.util.List;

/** A technology demand as the API shows it. */
public record Need(String id, String title, String body, String status, boolean confidential, String postedAt,
                   String demanderOrgId, String demanderName, String regionId, String region, String industryId,
                   String industry, String budget, String deadline, List<String> cooperationMethods) {
}
