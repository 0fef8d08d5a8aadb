package io.techmatch.evaluation.dataset;

import java.util.Objects;
import java.util.Set;

/**
 * One query. {@code excludeDocIds} are evidence docs the ranker must not use for this query (e.g. the very patent
 * whose applicant is hidden); {@code knownOrgIds} are organizations the query already names (e.g. the visible
 * co-applicants) and that are therefore not candidates; {@code regionId} is where the demand comes from (null when
 * unknown).
 */
public record Topic(String id, String title, String text, Set<String> excludeDocIds, Set<String> knownOrgIds,
                    String regionId) {
    public Topic {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        excludeDocIds = excludeDocIds == null ? Set.of() : Set.copyOf(excludeDocIds);
        knownOrgIds = knownOrgIds == null ? Set.of() : Set.copyOf(knownOrgIds);
    }

    public static Topic of(String id, String title, String text) {
        return new Topic(id, title, text, Set.of(), Set.of(), null);
    }

    /** The text a ranker searches with: title and body. */
    public String queryText() {
        return title.isEmpty() ? text : text.isEmpty() ? title : title + "\n" + text;
    }
}
