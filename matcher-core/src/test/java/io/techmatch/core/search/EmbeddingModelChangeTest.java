package io.techmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.techmatch.core.text.TextBootstrap;
import io.techmatch.core.text.TextSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vectors of one embedding model cannot be compared with query vectors of another: an index opened with another
 * model than its vectors were made with is stale, and every document is embedded again before the next search.
 */
class EmbeddingModelChangeTest {
    @TempDir
    Path dir;
    @TempDir
    Path fresh;

    @BeforeAll
    static void dictionary() {
        TextBootstrap.init(TextSettings.defaults());
    }

    private static IndexSettings settings(Path dir, EmbeddingModel model) {
        return new IndexSettings(dir, true, model, null, null);
    }

    private static EvidenceHit top(EvidenceIndex index, String text) {
        List<EvidenceHit> hits = index.search(SearchQuery.of(text, 3, RetrievalMode.DENSE));
        assertThat(hits).isNotEmpty();
        return hits.get(0);
    }

    @Test
    void vectorsOfAnotherModelAreMadeAgainWithTheModelOfTheIndex() {
        String query = "碳化硅功率器件的外延生长";
        try (EvidenceIndex quantized = EvidenceIndex.open(settings(dir, EmbeddingModel.QUANTIZED))) {
            quantized.upsert(EvidenceIndexTest.DOCS);
            assertThat(quantized.isStale()).isFalse();
        }
        EvidenceHit expected;
        try (EvidenceIndex full = EvidenceIndex.open(settings(fresh, EmbeddingModel.FULL))) {
            full.upsert(EvidenceIndexTest.DOCS);
            expected = top(full, query);
        }
        try (EvidenceIndex reopened = EvidenceIndex.open(settings(dir, EmbeddingModel.FULL))) {
            assertThat(reopened.isStale()).as("quantized vectors, full-precision queries").isTrue();
            EvidenceHit hit = top(reopened, query);
            assertThat(reopened.isStale()).isFalse();
            assertThat(reopened.stats().denseVectors()).isEqualTo(EvidenceIndexTest.DOCS.size());
            assertThat(hit.id()).isEqualTo(expected.id());
            assertThat(hit.denseScore()).as("the vectors are the full model's").isCloseTo(expected.denseScore(),
                    within(1e-5));
        }
        try (EvidenceIndex again = EvidenceIndex.open(settings(dir, EmbeddingModel.FULL))) {
            assertThat(again.isStale()).as("the model is recorded with the commit").isFalse();
        }
        try (EvidenceIndex lexical = EvidenceIndex.open(new IndexSettings(dir, false, null, null, null))) {
            assertThat(lexical.isStale()).as("an index without embeddings does not care").isFalse();
        }
    }
}
