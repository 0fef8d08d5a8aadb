package io.techmatch.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrecFilesTest {
    @TempDir
    Path dir;

    @Test
    void runRoundTripsInStandardSixColumnFormat() throws Exception {
        Run run = new Run("bm25", Map.of("D1", List.of(new ScoredDoc("A2", 3.5), new ScoredDoc("A1", 1.25))));
        Path file = dir.resolve("run.trec");
        TrecFiles.writeRun(run, file, 100);
        assertThat(Files.readAllLines(file)).containsExactly("D1 Q0 A2 1 3.500000 bm25", "D1 Q0 A1 2 1.250000 bm25");
        Run back = TrecFiles.readRun(file);
        assertThat(back.tag()).isEqualTo("bm25");
        assertThat(back.docIds("D1")).containsExactly("A2", "A1");
    }

    @Test
    void writeRunCutsAtDepth() {
        Run run = new Run("t", Map.of("q", List.of(new ScoredDoc("a", 3), new ScoredDoc("b", 2), new ScoredDoc("c", 1))));
        Path file = dir.resolve("r.trec");
        TrecFiles.writeRun(run, file, 2);
        assertThat(TrecFiles.readRun(file).docIds("q")).containsExactly("a", "b");
    }

    @Test
    void readingARunOrdersByScoreThenDocIdDescendingLikeTrecEval() throws Exception {
        Path file = dir.resolve("run.txt");
        Files.writeString(file, "q1 Q0 a 1 1.0 x\nq1 Q0 b 2 2.0 x\nq1\tQ0\tc 3 1.0 x\n");
        assertThat(TrecFiles.readRun(file).docIds("q1")).containsExactly("b", "c", "a");
    }

    @Test
    void qrelsReadAndWrite() throws Exception {
        Path file = dir.resolve("qrels.txt");
        Files.writeString(file, "D1 0 A1 3\nD1 0 A2 0\n\nD2 0 A1 1\n");
        Qrels qrels = TrecFiles.readQrels(file);
        assertThat(qrels.forQuery("D1")).containsEntry("A1", 3).containsEntry("A2", 0);
        assertThat(qrels.hasRelevant("D2")).isTrue();
        Path out = dir.resolve("out.txt");
        TrecFiles.writeQrels(qrels, out);
        assertThat(TrecFiles.readQrels(out)).isEqualTo(qrels);
    }

    @Test
    void malformedLinesFailWithTheirPosition() throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "D1 0 A1 3\nD1 0 A2\n");
        assertThatThrownBy(() -> TrecFiles.readQrels(file)).hasMessageContaining("bad.txt:2");
    }
}
