package io.techmatch.evaluation.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import io.techmatch.core.data.SharedData;
import io.techmatch.core.search.EmbeddingModel;
import io.techmatch.core.search.EvidenceDocument;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.IndexSettings;
import io.techmatch.core.search.IndexStats;
import io.techmatch.core.search.QueryVectors;
import io.techmatch.core.search.RetrievalMode;
import io.techmatch.core.search.SearchQuery;
import io.techmatch.core.text.AnalyzerFactory;
import io.techmatch.core.text.TextBootstrap;
import io.techmatch.core.text.TextSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Retrieval at a million documents: the synthetic patents (title + abstract) in the product's on-disk evidence index,
 * built through {@link EvidenceIndex#upsertWithVectors} (the product's code path, HNSW via its vector fields), with
 * real embeddings for a sample and {@link SyntheticVectors derived} ones for the rest. Steps, each its own run:
 *
 * <pre>
 * embed-sample PATENTS_JSONL SAMPLE_F32 N         embed the first N patents (resumable; long: shared CPU lock)
 * build PATENTS_JSONL SAMPLE_F32 INDEX_DIR [DOCS] [SIGMA]   build the index (long: shared CPU lock)
 * query INDEX_DIR [QUERIES] [ROUNDS]              latency of BM25, dense, hybrid and a raw TermQuery (timed: exclusive)
 * rates PATENTS_JSONL SAMPLE_F32 [DOCS] [TEXTS]   index build docs/s and embedding docs/s, both models (timed)
 * </pre>
 *
 * Queries are the techmarket demands (name, line break, text: as the matcher builds them). Query vectors are computed
 * before the timed searches; their embedding is timed on its own.
 */
public final class ScaleRetrieval {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 32;
    private static final int WRITE_BATCH = 10_000;
    /** Noise per dimension of the derived vectors; chosen so that their neighbour cosines resemble the real ones. */
    static final double DEFAULT_SIGMA = 0.012;
    /** The analyzed body field of HanLP BM25 (IndexFields.analyzed(BODY, BM25_HANLP)), for the raw baseline. */
    private static final String BODY_HANLP = "body_hanlp";

    private ScaleRetrieval() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "embed-sample" -> embedSample(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "build" -> build(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
                    args.length > 4 ? Integer.parseInt(args[4]) : 1_000_000,
                    args.length > 5 ? Double.parseDouble(args[5]) : DEFAULT_SIGMA);
            case "query" -> query(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 200,
                    args.length > 3 ? Integer.parseInt(args[3]) : 3);
            case "rates" -> rates(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 20_000,
                    args.length > 4 ? Integer.parseInt(args[4]) : 256);
            default -> {
                System.err.println("usage: ScaleRetrieval embed-sample|build|query|rates ... (see the class comment)");
                System.exit(2);
            }
        }
        System.exit(0); // the ONNX runtime leaves non-daemon threads
    }

    /** The text the product embeds for a document: title, then the body (DocumentMapper.denseText), cut as it does. */
    static String denseText(EvidenceDocument d) {
        String t = d.title().isBlank() ? d.body() : d.body().isBlank() ? d.title() : d.title() + "。" + d.body();
        return t.length() > 480 ? t.substring(0, 480) : t;
    }

    private static void embedSample(Path patents, Path out, int n) throws IOException {
        long have = Files.exists(out) ? Files.size(out) / (4L * EmbeddingModel.DIMENSION) : 0;
        List<EvidenceDocument> docs = read(patents, 0, n);
        System.out.printf("embedding patents %d..%d of the first %d into %s%n", have, docs.size(), n, out);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        var model = new BgeSmallZhV15QuantizedEmbeddingModel(pool);
        long start = System.nanoTime();
        for (int from = (int) have; from < docs.size(); from += BATCH) {
            List<TextSegment> batch = docs.subList(from, Math.min(docs.size(), from + BATCH)).stream()
                    .map(d -> TextSegment.from(denseText(d))).toList();
            SyntheticVectors.append(out, model.embedAll(batch).content().stream().map(e -> e.vector()).toList());
            int done = from + batch.size();
            if (done % 1024 < BATCH) {
                double secs = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "%,d / %,d embedded, %.1f docs/s (load %s)%n", done, docs.size(),
                        (done - have) / secs, load());
            }
        }
        pool.shutdownNow();
    }

    private static void build(Path patents, Path sampleFile, Path dir, int size, double sigma) throws IOException {
        TextBootstrap.init(TextSettings.defaults());
        SyntheticVectors vectors = new SyntheticVectors(SyntheticVectors.read(sampleFile, EmbeddingModel.DIMENSION),
                sigma);
        System.out.println(vectors.realism(500));
        System.out.printf("building %s: %,d patents, the first %,d with real vectors, the rest derived (load %s)%n",
                dir, size, vectors.realCount(), load());
        long start = System.nanoTime();
        try (EvidenceIndex index = EvidenceIndex.open(new IndexSettings(dir, true, EmbeddingModel.QUANTIZED, null,
                null));
             BufferedReader in = Files.newBufferedReader(patents)) {
            long n = 0;
            while (n < size) {
                List<EvidenceDocument> docs = next(in, (int) Math.min(WRITE_BATCH, size - n));
                if (docs.isEmpty()) {
                    break;
                }
                Map<String, float[]> given = new HashMap<>();
                for (EvidenceDocument d : docs) {
                    given.put(d.id(), vectors.vector(n++));
                }
                index.upsertWithVectors(docs, given);
                if (n % 50_000 < WRITE_BATCH) {
                    double secs = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "%,d documents in %.0f s = %.0f docs/s (load %s)%n", n, secs,
                            n / secs, load());
                }
            }
            IndexStats stats = index.stats();
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "built: %,d documents, %,d vectors in %.0f s = %.0f docs/s; %s on disk, %d"
                    + " segments (load %s)%n", stats.documents(), stats.denseVectors(), secs, stats.documents() / secs,
                    human(size(dir)), segments(dir), load());
        }
    }

    private static void query(Path dir, int queryCount, int rounds) throws IOException {
        TextBootstrap.init(TextSettings.defaults());
        List<String> queries = demands(queryCount);
        try (EvidenceIndex index = EvidenceIndex.open(new IndexSettings(dir, true, EmbeddingModel.QUANTIZED, null,
                null));
             DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            System.out.printf("%s: %,d documents, %d segments, %s on disk; %d demands as queries, %d rounds%n", dir,
                    index.stats().documents(), reader.leaves().size(), human(size(dir)), queries.size(), rounds);
            IndexSearcher raw = new IndexSearcher(reader);
            List<TermQuery> terms = new ArrayList<>();
            for (String q : queries) {
                List<String> t = terms(q);
                terms.add(new TermQuery(new Term(BODY_HANLP, t.isEmpty() ? "技术" : t.get(0))));
            }
            // query embeddings, timed apart: the whole text alone, and the whole text and the name
            long[] textOnly = new long[queries.size()];
            long[] withName = new long[queries.size()];
            List<QueryVectors> vectors = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                long t0 = System.nanoTime();
                index.embedQuery(queries.get(i));
                long t1 = System.nanoTime();
                vectors.add(index.embedQueryVectors(queries.get(i)));
                withName[i] = System.nanoTime() - t1;
                textOnly[i] = t1 - t0;
            }
            Map<String, Runnable[]> ops = new LinkedHashMap<>();
            ops.put("raw Lucene TermQuery top 10", ops(queries.size(), i -> raw.search(terms.get(i), 10)));
            for (RetrievalMode mode : new RetrievalMode[] {RetrievalMode.BM25_HANLP, RetrievalMode.DENSE,
                    RetrievalMode.HYBRID}) {
                ops.put(mode + " top 10 (EvidenceIndex.search)", ops(queries.size(), i -> index.search(
                        SearchQuery.of(queries.get(i), 10, mode), index.settings().fusion(), vectors.get(i))));
            }
            for (Runnable[] op : ops.values()) { // warm-up: one pass, not reported
                Arrays.stream(op).forEach(Runnable::run);
            }
            Map<String, long[]> nanos = new LinkedHashMap<>();
            ops.keySet().forEach(k -> nanos.put(k, new long[queries.size() * rounds]));
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < queries.size(); i++) { // interleaved, so drift in the load hits every mode alike
                    for (Map.Entry<String, Runnable[]> e : ops.entrySet()) {
                        long t0 = System.nanoTime();
                        e.getValue()[i].run();
                        nanos.get(e.getKey())[r * queries.size() + i] = System.nanoTime() - t0;
                    }
                }
            }
            System.out.printf("%nlatency per query, wall clock, one thread (load average at the end %s)%n", load());
            System.out.printf("%-44s %9s %9s %9s%n", "operation", "p50 ms", "p95 ms", "mean ms");
            nanos.forEach((k, v) -> print(k, v));
            print("query embedding, whole text", textOnly);
            print("query embedding, whole text + name", withName);
        }
    }

    interface Op {
        Object run(int i) throws IOException;
    }

    private static Runnable[] ops(int n, Op op) {
        Runnable[] out = new Runnable[n];
        for (int i = 0; i < n; i++) {
            int q = i;
            out[i] = () -> {
                try {
                    op.run(q);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
        }
        return out;
    }

    private static void rates(Path patents, Path sampleFile, int docs, int texts) throws IOException {
        TextBootstrap.init(TextSettings.defaults());
        SyntheticVectors vectors = new SyntheticVectors(SyntheticVectors.read(sampleFile, EmbeddingModel.DIMENSION),
                DEFAULT_SIGMA);
        List<EvidenceDocument> corpus = read(patents, 0, docs);
        Path tmp = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "scale-rates");
        // untimed warm-up (dictionaries, JIT), then the timed build of the first DOCS patents with given vectors
        buildRate(tmp.resolve("warm-up"), corpus.subList(0, Math.min(2_000, corpus.size())), vectors);
        double secs = buildRate(tmp.resolve("index"), corpus, vectors);
        System.out.printf(Locale.ROOT, "index build (3 analyzers + HNSW, vectors given): %,d docs in %.1f s = %.0f"
                + " docs/s (load %s)%n", corpus.size(), secs, corpus.size() / secs, load());
        embeddingRates("synthetic patents", corpus.subList(0, Math.min(texts, corpus.size())));
        List<EvidenceDocument> techmarket = io.techmatch.evaluation.dataset.Datasets.load("techmarket", "dev").corpus()
                .documents();
        embeddingRates("techmarket achievements", techmarket.subList(0, Math.min(texts, techmarket.size())));
        deleteAll(tmp);
    }

    /** Embedding through the product (EvidenceIndex.upsert, no cache), both models, alternating to share drift. */
    private static void embeddingRates(String what, List<EvidenceDocument> sample) {
        Map<EmbeddingModel, Double> total = new LinkedHashMap<>();
        for (int round = 0; round < 2; round++) {
            for (EmbeddingModel model : EmbeddingModel.values()) {
                try (EvidenceIndex index = EvidenceIndex.open(new IndexSettings(null, true, model, null, null))) {
                    index.embedQuery("预热"); // the model's first call pays for session set-up
                    long t0 = System.nanoTime();
                    index.upsert(sample);
                    total.merge(model, (System.nanoTime() - t0) / 1e9, Double::sum);
                }
            }
        }
        double chars = sample.stream().mapToInt(d -> Math.min(480, denseText(d).length())).average().orElse(0);
        total.forEach((model, s) -> System.out.printf(Locale.ROOT, "embedding %-18s %d %s (%.0f chars embedded on"
                + " average) x 2 rounds in %.1f s = %.1f docs/s (%d cores, load %s)%n", model.modelName(),
                sample.size(), what, chars, s, 2 * sample.size() / s, Runtime.getRuntime().availableProcessors(), load()));
    }

    private static double buildRate(Path dir, List<EvidenceDocument> docs, SyntheticVectors vectors) {
        long t0;
        // dense on (the vectors are given, nothing is embedded): with dense off the index keeps no vectors
        try (EvidenceIndex index = EvidenceIndex.open(new IndexSettings(dir, true, EmbeddingModel.QUANTIZED, null,
                null))) {
            t0 = System.nanoTime();
            for (int from = 0; from < docs.size(); from += WRITE_BATCH) {
                List<EvidenceDocument> batch = docs.subList(from, Math.min(docs.size(), from + WRITE_BATCH));
                Map<String, float[]> given = new HashMap<>();
                for (int i = 0; i < batch.size(); i++) {
                    given.put(batch.get(i).id(), vectors.vector(from + i));
                }
                index.upsertWithVectors(batch, given);
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-44s %9.2f %9.2f %9.2f%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    /** The first {@code n} techmarket demands as the matcher queries them: name, line break, text. */
    private static List<String> demands(int n) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(SharedData.require("techmarket/demands.jsonl"))) {
            for (String line = in.readLine(); line != null && out.size() < n; line = in.readLine()) {
                JsonNode d = JSON.readTree(line);
                out.add((d.path("name").asText("") + "\n" + d.path("context").asText("")).strip());
            }
        }
        return out;
    }

    private static List<String> terms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = AnalyzerFactory.indexAnalyzer().tokenStream(BODY_HANLP, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    static List<EvidenceDocument> read(Path patents, int skip, int n) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(patents)) {
            for (int i = 0; i < skip; i++) {
                in.readLine();
            }
            return next(in, n);
        }
    }

    /** The next {@code n} patents of the file (other rows are skipped). */
    private static List<EvidenceDocument> next(BufferedReader in, int n) throws IOException {
        List<EvidenceDocument> docs = new ArrayList<>(n);
        String line;
        while (docs.size() < n && (line = in.readLine()) != null) {
            JsonNode row = JSON.readTree(line);
            if ("Patent".equals(row.path("label").asText())) {
                List<String> ipc = new ArrayList<>();
                row.path("ipcCodes").forEach(c -> ipc.add(c.asText()));
                docs.add(new EvidenceDocument(row.path("id").asText(), "Patent", row.path("title").asText(),
                        row.path("abstract").asText(), ipc, List.of(), List.of(), List.of(),
                        row.path("year").isInt() ? row.path("year").asInt() : null, false));
            }
        }
        return docs;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static int segments(Path dir) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            return reader.leaves().size();
        }
    }

    private static String human(long bytes) {
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
