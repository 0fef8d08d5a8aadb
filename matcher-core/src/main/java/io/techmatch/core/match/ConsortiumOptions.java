package io.techmatch.core.match;

/**
 * Team constraints: size {@code minSize..maxSize} (2..4), a firm as lead, at least one university or institute,
 * all members in the Yangtze River Delta; {@code poolSize} top candidates are searched exhaustively;
 * {@code matchOptions} filter the pool.
 */
public record ConsortiumOptions(int minSize, int maxSize, boolean requireFirmLead, boolean requireAcademic,
                                boolean withinYrd, int poolSize, MatchOptions matchOptions) {
    public ConsortiumOptions {
        if (minSize < 2 || maxSize > 4 || minSize > maxSize) {
            throw new IllegalArgumentException("team size must satisfy 2 <= minSize <= maxSize <= 4, was "
                    + minSize + ".." + maxSize);
        }
        if (poolSize < minSize || poolSize > 20) {
            throw new IllegalArgumentException("poolSize must be minSize..20, was " + poolSize);
        }
        matchOptions = matchOptions == null ? MatchOptions.defaults() : matchOptions;
    }

    public static ConsortiumOptions defaults() {
        return new ConsortiumOptions(2, 4, false, false, false, 12, MatchOptions.defaults());
    }
}
