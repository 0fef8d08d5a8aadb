package io.techmatch.api.needs;

import java.util.List;

/** What a bulk import did: counts, and each rejected line (1-based) with the reason. */
public record ImportResult(int created, int updated, List<Rejected> rejected) {
    public record Rejected(int line, String reason) {
    }
}
