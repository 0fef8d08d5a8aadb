package io.techmatch.core.match;

/**
 * Reverse matching: from an achievement, a patent or an organization ({@code kind}: {@code achievement},
 * {@code patent}, {@code organization}) to the needs it could serve. Closed needs are skipped unless
 * {@code includeClosed}; confidential ones unless {@code includeConfidential}.
 */
public record ReverseRequest(String kind, String id, int offset, int limit, boolean includeClosed,
                             boolean includeConfidential) {
    public ReverseRequest {
        if (kind == null || !(kind.equals("achievement") || kind.equals("patent") || kind.equals("organization"))) {
            throw new IllegalArgumentException("kind must be achievement, patent or organization, was " + kind);
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
    }

    public static ReverseRequest of(String kind, String id) {
        return new ReverseRequest(kind, id, 0, 20, false, false);
    }
}
