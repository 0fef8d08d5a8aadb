package io.techmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-disk embedding cache is shared by every process of a user (the app, evaluation runs, test JVMs): appends
 * from several processes at once must never interleave into records that no later reader can parse.
 */
class EmbeddingCacheTest {
    private static final String MODEL = "test-model";
    private static final int WRITERS = 2;
    private static final int BATCHES = 150;
    /** 16 records of 512 floats are about 34 KB: larger than any stream buffer, so a batch is several writes. */
    private static final int PER_BATCH = 16;

    @TempDir
    Path dir;

    /** The vector of record {@code i} of writer {@code w}: its values say whose it is, so mixing shows. */
    static float[] vector(int w, int i) {
        float[] v = new float[EmbeddingModel.DIMENSION];
        for (int d = 0; d < v.length; d++) {
            v[d] = w * 1_000_000 + i + d / 1000f;
        }
        return v;
    }

    static String key(int w, int i) {
        return EmbeddingCache.key("writer " + w + " text " + i);
    }

    /** A child process: waits for the go file, then appends its batches to the shared cache as fast as it can. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            int w = Integer.parseInt(args[1]);
            Path go = dir.resolve("go");
            while (!Files.exists(go)) {
                Thread.onSpinWait();
            }
            EmbeddingCache cache = new EmbeddingCache(dir, MODEL);
            for (int b = 0; b < BATCHES; b++) {
                Map<String, float[]> batch = new LinkedHashMap<>();
                for (int i = b * PER_BATCH; i < (b + 1) * PER_BATCH; i++) {
                    batch.put(key(w, i), vector(w, i));
                }
                cache.putAll(batch);
            }
        }
    }

    @Test
    void twoProcessesAppendingAtOnceLeaveAFileEveryRecordOfWhichReadsBack() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Process> children = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            children.add(new ProcessBuilder(java, "-cp", classpath,
                    Writer.class.getName(), dir.toString(), String.valueOf(w))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("writer-" + w + ".log").toFile()).start());
        }
        Thread.sleep(1_500); // both JVMs are up and spinning before either writes
        Files.writeString(dir.resolve("go"), "go");
        for (Process p : children) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("writer finished").isTrue();
            assertThat(p.exitValue()).as("writer exit code").isZero();
        }

        EmbeddingCache read = new EmbeddingCache(dir, MODEL);
        assertThat(read.size()).isEqualTo(WRITERS * BATCHES * PER_BATCH);
        for (int w = 0; w < WRITERS; w++) {
            for (int i = 0; i < BATCHES * PER_BATCH; i++) {
                assertThat(read.get(key(w, i))).as("record %d of writer %d", i, w).isEqualTo(vector(w, i));
            }
        }
        long recordBytes = 2 + 64 + 4 + 4L * EmbeddingModel.DIMENSION;
        assertThat(Files.size(dir.resolve(MODEL + ".vec"))).isEqualTo(WRITERS * BATCHES * PER_BATCH * recordBytes);
    }

    @Test
    void twoCachesOfOneProcessOnTheSameFileTakeTurns() throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            EmbeddingCache cache = new EmbeddingCache(dir, MODEL);
            threads.add(new Thread(() -> {
                for (int b = 0; b < 40; b++) {
                    Map<String, float[]> batch = new LinkedHashMap<>();
                    for (int i = b * PER_BATCH; i < (b + 1) * PER_BATCH; i++) {
                        batch.put(key(writer, i), vector(writer, i));
                    }
                    cache.putAll(batch);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        EmbeddingCache read = new EmbeddingCache(dir, MODEL);
        assertThat(read.size()).isEqualTo(WRITERS * 40 * PER_BATCH);
        assertThat(read.get(key(1, 40 * PER_BATCH - 1))).isEqualTo(vector(1, 40 * PER_BATCH - 1));
    }

    @Test
    void aTornLastRecordIsCutOffBeforeTheNextAppendSoLaterRecordsStayReadable() throws IOException {
        new EmbeddingCache(dir, MODEL).putAll(Map.of(key(0, 0), vector(0, 0)));
        Path file = dir.resolve(MODEL + ".vec");
        long whole = Files.size(file);
        // a process died in the middle of a record: half of one is on disk
        byte[] torn = new byte[1000];
        System.arraycopy(Files.readAllBytes(file), 0, torn, 0, torn.length);
        Files.write(file, torn, StandardOpenOption.APPEND);

        EmbeddingCache cache = new EmbeddingCache(dir, MODEL);
        assertThat(cache.size()).isEqualTo(1);
        cache.putAll(Map.of(key(0, 1), vector(0, 1)));

        assertThat(Files.size(file)).isEqualTo(2 * whole);
        EmbeddingCache read = new EmbeddingCache(dir, MODEL);
        assertThat(read.size()).isEqualTo(2);
        assertThat(read.get(key(0, 1))).isEqualTo(vector(0, 1));
    }

    @Test
    void anAppendPicksUpWhatAnotherProcessWroteSinceThisOneLoaded() {
        EmbeddingCache first = new EmbeddingCache(dir, MODEL);
        EmbeddingCache second = new EmbeddingCache(dir, MODEL);
        first.putAll(Map.of(key(0, 0), vector(0, 0)));
        second.putAll(Map.of(key(1, 0), vector(1, 0)));
        assertThat(second.get(key(0, 0))).isEqualTo(vector(0, 0));
        assertThat(new EmbeddingCache(dir, MODEL).size()).isEqualTo(2);
    }
}
