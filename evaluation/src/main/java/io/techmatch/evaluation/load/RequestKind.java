package io.techmatch.evaluation.load;

import java.util.Arrays;
import java.util.Locale;

/** The request types the load driver sends, named as on its command line. */
public enum RequestKind {
    /** {@code GET /api/v1/needs/{id}/matches}: ranked partners with their score breakdown and evidence. */
    MATCH("match"),
    /** The broker's click path: the matches of a need, then the explanation of its top partner, timed together. */
    MATCH_EXPLAIN("match-explain"),
    /** {@code GET /api/v1/needs/{id}/matches/{orgId}/explanation} for a known (need, partner) pair. */
    EXPLAIN("explain"),
    /** {@code GET /api/v1/search?q=…}: evidence search. */
    EVIDENCE("evidence"),
    /** {@code GET /api/v1/needs?q=…}: needs search. */
    NEEDS("needs");

    private final String cliName;

    RequestKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static RequestKind parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.cliName.equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown request kind '" + name + "'; known: "
                        + Arrays.stream(values()).map(RequestKind::cliName).toList()));
    }
}
