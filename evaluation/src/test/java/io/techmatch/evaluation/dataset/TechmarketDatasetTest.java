package io.techmatch.evaluation.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.evaluation.metrics.Evaluation;
import io.techmatch.evaluation.metrics.Metric;
import io.techmatch.evaluation.metrics.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TechmarketDatasetTest {
    @TempDir
    Path dir;

    @Test
    void readsConfiguredFilesAndDropsSurroundingQuotes() throws Exception {
        Path corpus = Files.writeString(dir.resolve("a.jsonl"),
                "{\"id\":\"A1\",\"name\":\"氮化镓外延\",\"context\":\"外延片\",\"postTime\":\"2020-03-20\"}\n"
                        + "{\"id\":\"A2\",\"name\":\"秸秆还田\",\"context\":\"\"}\n");
        Path topics = Files.writeString(dir.resolve("t.tsv"), "D1\t贴花机\t\"1、能够贴花\"\nD2\t需求\t正文\n");
        Path qrels = Files.writeString(dir.resolve("q.tsv"), "D1 0 A1 2\nD1 0 A2 0\nD2 0 A2 0\n");
        Dataset d = TechmarketDataset.load("dev", new TechmarketDataset.Paths(corpus, topics, qrels));
        assertThat(d.topics()).extracting(Topic::text).containsExactly("1、能够贴花", "正文");
        assertThat(d.corpus().documents()).extracting(doc -> doc.id() + ":" + doc.year()).containsExactly("A1:2020", "A2:null");
        assertThat(d.corpus().level()).isEqualTo(Corpus.Level.DOCUMENT);
        assertThat(d.checksum()).startsWith("sha256:");
        Evaluation e = Evaluation.of(new Run("t", Map.of()), d.qrels(), d.topicIds(), List.of(Metric.parse("mrr")));
        assertThat(e.excluded()).containsExactly("D2");
    }

    @Test
    void theSharedDevSplitHas56TopicsOf46WithRelevantDocs() {
        Dataset d = TechmarketDataset.load("dev", TechmarketDataset.defaults("dev"));
        assertThat(d.topics()).hasSize(56);
        assertThat(d.corpus().documents()).hasSize(2810);
        assertThat(d.topics().stream().filter(t -> d.qrels().hasRelevant(t.id())).count()).isEqualTo(46);
    }
}
