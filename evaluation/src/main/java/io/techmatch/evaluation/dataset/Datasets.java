package io.techmatch.evaluation.dataset;

import java.util.List;

/** The datasets by name, read from their default (configurable) locations. */
public final class Datasets {
    public static final List<String> NAMES = List.of("techmarket", "coapplicant", "synthetic-partners");

    private Datasets() {
    }

    public static Dataset load(String name, String split) {
        return switch (name) {
            case "techmarket" -> TechmarketDataset.load(split, TechmarketDataset.defaults(split));
            case "coapplicant" -> CoapplicantDataset.load(CoapplicantDataset.defaults());
            case "synthetic-partners" -> SyntheticPartners.load(SyntheticPartners.defaults());
            default -> throw new IllegalArgumentException("unknown dataset '" + name + "', expected one of " + NAMES);
        };
    }
}
