package io.techmatch.core.match;

/** A free-text demand with optional context; any of the ids may be null or unknown to the graph. */
public record MatchRequest(String text, String demanderOrgId, String regionId, String industryId,
                           MatchOptions options) {
    public MatchRequest {
        text = text == null ? "" : text;
        options = options == null ? MatchOptions.defaults() : options;
    }
}
