package io.techmatch.core.match;

import java.util.List;

/** A page of ranked candidates; {@code total} counts all that passed the filters; {@code emptyReason} is null unless empty. */
public record MatchResult(String needId, List<Candidate> candidates, int total, String emptyReason) {
    public MatchResult {
        candidates = List.copyOf(candidates);
    }
}
