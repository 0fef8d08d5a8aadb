package io.techmatch.evaluation.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.core.search.EmbeddingModel;
import io.techmatch.core.search.EvidenceDocument;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.IndexSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The dense part of an index build, measured on a sample: the first {@code n} synthetic patents are indexed twice in
 * one process, BM25 only and then BM25 + bge-small-zh vectors (with a fresh, empty embedding cache, so every vector is
 * computed), each into a fresh on-disk index. Prints docs/s of both, their ratio, bytes on disk per document, and the
 * dense time extrapolated to a corpus size. Arguments: {@code PATENTS_JSONL N [CORPUS_DOCS...]}.
 */
public final class DenseSample {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private DenseSample() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DenseSample PATENTS_JSONL N [CORPUS_DOCS...]");
            System.exit(2);
        }
        List<EvidenceDocument> docs = read(Path.of(args[0]), Integer.parseInt(args[1]));
        Path work = Files.createTempDirectory("techmatch-dense-sample");
        // untimed warm-up: HanLP's dictionaries and the JIT, so the BM25 figure is indexing, not start-up
        build(new IndexSettings(work.resolve("warm-up"), false, EmbeddingModel.QUANTIZED, null, null),
                docs.subList(0, Math.min(100, docs.size())));
        long cpu0 = cpuNanos();
        double lexical = build(new IndexSettings(work.resolve("bm25"), false, EmbeddingModel.QUANTIZED, null, null), docs);
        long cpu1 = cpuNanos();
        double dense = build(new IndexSettings(work.resolve("dense"), true, EmbeddingModel.QUANTIZED,
                work.resolve("empty-cache"), null), docs);
        long cpu2 = cpuNanos();
        double lexicalCpu = (cpu1 - cpu0) / 1e9;
        double denseCpu = (cpu2 - cpu1) / 1e9;
        long bm25Bytes = size(work.resolve("bm25"));
        long denseBytes = size(work.resolve("dense"));
        System.out.printf(Locale.ROOT, "sample: %d synthetic patents (title + abstract), load average %s%n", docs.size(),
                Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf(Locale.ROOT, "BM25 only:          %.1f s = %.1f docs/s, %,d bytes on disk (%.0f B/doc)%n",
                lexical, docs.size() / lexical, bm25Bytes, (double) bm25Bytes / docs.size());
        System.out.printf(Locale.ROOT, "BM25 + dense (q):   %.1f s = %.1f docs/s, %,d bytes on disk (%.0f B/doc)%n",
                dense, docs.size() / dense, denseBytes, (double) denseBytes / docs.size());
        System.out.printf(Locale.ROOT, "dense / BM25 time = %.1f; process CPU: BM25 %.1f s, BM25 + dense %.1f s"
                + " (%.1f CPU-ms per embedded document)%n", dense / lexical, lexicalCpu, denseCpu,
                (denseCpu - lexicalCpu) * 1000 / docs.size());
        for (int i = 2; i < args.length; i++) {
            long corpus = Long.parseLong(args[i]);
            double embedSeconds = corpus * (dense - lexical) / docs.size();
            double idleSeconds = corpus * (denseCpu - lexicalCpu) / docs.size() / CORES;
            System.out.printf(Locale.ROOT, "extrapolated to %,d documents: embedding %.1f h at this run's pace, %.1f h on"
                    + " %d idle cores (from CPU time), dense index on disk %.1f GB%n", corpus, embedSeconds / 3600,
                    idleSeconds / 3600, CORES, corpus * (double) denseBytes / docs.size() / 1e9);
        }
        deleteAll(work);
        System.exit(0); // ONNX leaves non-daemon threads
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double build(IndexSettings settings, List<EvidenceDocument> docs) {
        long t0 = System.nanoTime();
        try (EvidenceIndex index = EvidenceIndex.open(settings)) {
            for (int i = 0; i < docs.size(); i += 256) {
                index.upsert(docs.subList(i, Math.min(docs.size(), i + 256)));
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    static List<EvidenceDocument> read(Path patentsJsonl, int n) throws IOException {
        List<EvidenceDocument> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(patentsJsonl)) {
            for (String line = in.readLine(); line != null && docs.size() < n; line = in.readLine()) {
                JsonNode row = JSON.readTree(line);
                if (!"Patent".equals(row.path("label").asText())) {
                    continue;
                }
                docs.add(new EvidenceDocument(row.path("id").asText(), "Patent", row.path("title").asText(),
                        row.path("abstract").asText(), List.of(), List.of(), List.of(), List.of(), null, false));
            }
        }
        return docs;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
