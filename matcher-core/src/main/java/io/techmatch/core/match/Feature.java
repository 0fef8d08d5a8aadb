package io.techmatch.core.match;

import java.util.List;

/** The ranking features, in the fixed order used to sum contributions (a fixed order keeps scores bit-identical). */
final class Feature {
    static final String TEXT = "text";
    static final String IPC = "ipc";
    static final String INDUSTRY = "industry";
    static final String EVIDENCE = "evidence";
    static final String RECENCY = "recency";
    static final String PROXIMITY = "proximity";
    static final String ACADEMIA_EXPERIENCE = "academiaExperience";
    static final String REGION = "region";
    static final String ORG_TYPE = "orgType";
    static final String CHAIN = "chain";
    static final String TRACK_RECORD = "trackRecord";

    static final List<String> ALL = List.of(TEXT, IPC, INDUSTRY, EVIDENCE, RECENCY, PROXIMITY,
            ACADEMIA_EXPERIENCE, REGION, ORG_TYPE, CHAIN, TRACK_RECORD);

    private Feature() {
    }
}
