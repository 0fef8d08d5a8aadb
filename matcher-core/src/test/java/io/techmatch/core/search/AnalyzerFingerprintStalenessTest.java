package io.techmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.text.TextBootstrap;
import io.techmatch.core.text.TextSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An on-disk index records the analysis fingerprint in its commit and compares it when opened, so a dictionary file
 * edited between two runs makes the index stale on the next start (a reload stands in for the new JVM's first load).
 */
class AnalyzerFingerprintStalenessTest {
    @TempDir
    Path dir;

    @AfterEach
    void restoreDefaults() {
        TextBootstrap.init(TextSettings.defaults());
    }

    private EvidenceIndex open() {
        return EvidenceIndex.open(new IndexSettings(dir.resolve("index"), false, null, null, null));
    }

    @Test
    void editingAUserTermsFileBetweenTwoOpensMarksTheIndexStaleUntilReanalyzed() throws Exception {
        Path terms = Files.writeString(dir.resolve("user-terms.txt"), "镍钴锰酸锂\n");
        TextSettings settings = new TextSettings(TextSettings.defaults().sharedDataDir(), terms);
        TextBootstrap.reload(settings);
        String before = TextBootstrap.analyzerFingerprint();
        try (EvidenceIndex index = open()) {
            index.upsert(EvidenceIndexTest.DOCS);
            assertThat(index.isStale()).isFalse();
        }

        TextBootstrap.reload(settings); // a restart with unchanged files: new version number, same content
        assertThat(TextBootstrap.analyzerFingerprint()).isEqualTo(before);
        try (EvidenceIndex index = open()) {
            assertThat(index.isStale()).isFalse();
            assertThat(index.reanalyze().written()).isZero();
        }

        Files.writeString(terms, "镍钴锰酸锂\n磷酸锰铁锂\n");
        TextBootstrap.reload(settings); // the next start reads the edited file
        assertThat(TextBootstrap.analyzerFingerprint()).isNotEqualTo(before);
        try (EvidenceIndex index = open()) {
            assertThat(index.isStale()).isTrue();
            assertThat(index.stats().stale()).isTrue();
            assertThat(index.reanalyze().written()).isEqualTo(EvidenceIndexTest.DOCS.size());
            assertThat(index.isStale()).isFalse();
        }
        try (EvidenceIndex index = open()) {
            assertThat(index.isStale()).as("the re-analysis recorded the new fingerprint").isFalse();
            assertThat(index.stats().documents()).isEqualTo(EvidenceIndexTest.DOCS.size());
        }
    }

    @Test
    void anIndexWithoutARecordedFingerprintIsStale() throws Exception {
        TextBootstrap.init(TextSettings.defaults());
        try (EvidenceIndex index = open()) {
            index.upsert(EvidenceIndexTest.DOCS);
        }
        // rewrite the commit data as an index written before fingerprints existed would have it
        try (var fs = org.apache.lucene.store.FSDirectory.open(dir.resolve("index"));
             var writer = new org.apache.lucene.index.IndexWriter(fs, new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(java.util.Map.of(IndexFields.DICTIONARY_VERSION, "1").entrySet());
            writer.commit();
        }
        try (EvidenceIndex index = open()) {
            assertThat(index.isStale()).isTrue();
        }
    }
}
