package io.techmatch.loader.synthetic;

/** The size and seed of a synthetic dataset; the same spec always gives the same files. */
public record SyntheticSpec(int orgs, int patents, int needs, long seed) {
    public SyntheticSpec {
        if (orgs < 2 || patents < 0 || needs < 0) {
            throw new IllegalArgumentException("need at least 2 organizations and no negative counts");
        }
    }
}
