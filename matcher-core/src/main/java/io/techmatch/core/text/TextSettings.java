package io.techmatch.core.text;

import io.techmatch.core.data.SharedData;
import java.nio.file.Path;

/**
 * Where the text layer's dictionaries come from. {@code sharedDataDir} is the {@code shared/data} folder (its
 * {@code lexicon/} THUOCL lists and {@code ipc/ipc-zh.tsv} IPC titles); {@code userTermsFile} is a list of extra
 * terms, one per line ({@code term} or {@code term<TAB>freq}). Either may be null, and absent files are skipped.
 */
public record TextSettings(Path sharedDataDir, Path userTermsFile) {

    /** The located shared data folder (see {@link SharedData}) and no user terms. */
    public static TextSettings defaults() {
        return new TextSettings(SharedData.locate().orElse(null), null);
    }

    /** Only the dictionaries bundled with HanLP and this jar: for tests that must not depend on shared data. */
    public static TextSettings bundledOnly() {
        return new TextSettings(null, null);
    }
}
