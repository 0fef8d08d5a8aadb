package io.techmatch.core.match;

/**
 * What the user wants from the partner's location relative to the demand. The region feature is
 * computed from the relation (same city, same province, both in the Yangtze River Delta, cross-region) and this
 * preference; see {@code RegionScorer}.
 */
public enum RegionPreference {
    /** Closer is better: same city 1, same province 0.7, both in the YRD 0.4, elsewhere 0. */
    NEAR,
    /** Anywhere in the Yangtze River Delta is equally good (1), outside it 0. */
    YRD,
    /** Cross-region cooperation (科创飞地): another province of the YRD 1, same province 0.5, outside the YRD 0.3. */
    CROSS_REGION,
    /** No preference: the feature is 0 for everyone and contributes nothing. */
    NONE
}
