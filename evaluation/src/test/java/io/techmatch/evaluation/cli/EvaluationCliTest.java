package io.techmatch.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationCliTest {
    @TempDir
    Path dir;

    String run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        assertThat(EvaluationCli.execute(new PrintWriter(out, true), args)).as(out.toString()).isEqualTo(expectedExit);
        return out.toString();
    }

    @Test
    void scoreReadsAnyRunAndQrelsAndCountsExcludedQueries() throws Exception {
        Path runFile = Files.writeString(dir.resolve("run.trec"), "q1 Q0 d2 1 2.0 t\nq1 Q0 d1 2 1.0 t\nq2 Q0 d1 1 1 t\n");
        Path qrels = Files.writeString(dir.resolve("qrels.txt"), "q1 0 d1 1\nq1 0 d2 0\nq2 0 d1 0\n");
        String out = run(0, "score", "--run", runFile.toString(), "--qrels", qrels.toString(), "--metrics", "mrr,p@1");
        assertThat(out).contains("evaluated=1 excluded(no relevant)=1");
        assertThat(out).containsPattern("mrr\\s+0\\.5000");
        assertThat(out).containsPattern("p@1\\s+0\\.0000");
    }

    @Test
    void runWritesTheTopOfEachTopicInTrecFormat() throws Exception {
        Path topics = Files.writeString(dir.resolve("topics.tsv"), "X1\t热泵\t高温热泵\nX2\t电池\t\"锂电池\"\n");
        Path out = dir.resolve("run.trec");
        run(0, "run", "--topics", topics.toString(), "--out", out.toString(), "--ranker", "popularity", "--depth", "5");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(10);
        assertThat(lines.get(0)).matches("X1 Q0 A\\d{4} 1 \\S+ popularity");
        assertThat(lines.get(9)).startsWith("X2 Q0 ").contains(" 5 ");
    }

    @Test
    void evaluatePrintsTheTableWithJudgedNextToNdcgAndTheComparison() {
        String out = run(0, "evaluate", "--dataset", "synthetic-partners", "--ranker", "popularity",
                "--compare", "popularity");
        assertThat(out).contains("synthetic-partners/all  ranker=popularity  topics=60 evaluated=60");
        assertThat(out).containsPattern("ndcg@10\\s+0\\.0698");
        assertThat(out).containsPattern("judged@10\\s+1\\.0000");
        assertThat(out).containsPattern("mrr\\s+\\+0\\.0000\\s+p=1\\.0000\\s+wins/losses 0/0");
    }

    @Test
    void unknownRankerIsAnError() {
        StringWriter err = new StringWriter();
        assertThat(EvaluationCli.execute(new PrintWriter(err), "evaluate", "--dataset", "techmarket", "--ranker", "tfidf"))
                .isNotZero();
    }
}
