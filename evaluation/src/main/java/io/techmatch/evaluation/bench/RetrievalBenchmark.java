package io.techmatch.evaluation.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.core.data.SharedData;
import io.techmatch.core.search.EmbeddingModel;
import io.techmatch.core.search.EvidenceDocument;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.FusionSettings;
import io.techmatch.core.search.IndexSettings;
import io.techmatch.core.search.RetrievalMode;
import io.techmatch.core.search.SearchQuery;
import io.techmatch.core.text.AnalyzerFactory;
import io.techmatch.core.text.TextBootstrap;
import io.techmatch.core.text.TextSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Throughput and latency of the text layer, printed next to baselines measured in the same run (never asserted):
 * analyzer chars/s (HanLP vs smartcn vs StandardAnalyzer), index build docs/s, embedding docs/s (quantized vs
 * full bge-small-zh), query latency p50/p95 for lexical, dense and hybrid on the techmarket corpus and on a synthetic
 * corpus (real texts recombined, vectors perturbed from real ones; the query embedding is timed separately).
 *
 * <pre>
 * ./mvnw -B -o -pl evaluation exec:java -Dexec.mainClass=io.techmatch.evaluation.bench.RetrievalBenchmark \
 *     -Dexec.args="--synthetic-docs 1000000 --embed-sample 200 [--queries 200] [--cache-dir target/embeddings]"
 * </pre>
 */
public final class RetrievalBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RetrievalBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int syntheticDocs = intArg(args, "--synthetic-docs", 100_000);
        int embedSample = intArg(args, "--embed-sample", 100);
        int queries = intArg(args, "--queries", 200);
        TextBootstrap.init(TextSettings.defaults());
        List<EvidenceDocument> corpus = techmarket();
        List<String> texts = corpus.stream().map(d -> d.title() + "。" + d.body()).toList();
        System.out.printf("techmarket corpus: %d documents, %d chars%n", corpus.size(),
                texts.stream().mapToLong(String::length).sum());

        analyzerThroughput(texts);
        embeddingRate(texts.subList(0, Math.min(embedSample, texts.size())));
        int cacheArg = Arrays.asList(args).indexOf("--cache-dir");
        // a kept cache makes reruns cheap; without one the index build rate includes embedding every document
        Path cache = cacheArg >= 0 ? Path.of(args[cacheArg + 1]) : Files.createTempDirectory("techmatch-bench-embeddings");
        try (EvidenceIndex index = EvidenceIndex.open(new IndexSettings(null, true, EmbeddingModel.QUANTIZED, cache,
                FusionSettings.defaults()))) {
            long start = System.nanoTime();
            index.upsert(corpus);
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf("index build, techmarket (3 analyzers + vectors, %d newly embedded): %d docs in %.1f s"
                    + " = %.1f docs/s%n", index.stats().embedded(), corpus.size(), secs, corpus.size() / secs);
            List<float[]> vectors = Vectors.sample(index, corpus, 100);
            QueryLatency.report("techmarket", index, texts, queries);
            syntheticCorpus(corpus, vectors, syntheticDocs, texts, queries);
        }
    }

    private static void analyzerThroughput(List<String> texts) throws IOException {
        Map<String, Analyzer> analyzers = new java.util.LinkedHashMap<>();
        analyzers.put("HanLP (techmatch)", AnalyzerFactory.indexAnalyzer());
        analyzers.put("smartcn", new SmartChineseAnalyzer());
        analyzers.put("StandardAnalyzer", new StandardAnalyzer());
        analyzers.put("CJK bigram", AnalyzerFactory.forMode(RetrievalMode.BM25_CJK));
        long chars = texts.stream().mapToLong(String::length).sum();
        Map<String, Double> rate = new HashMap<>();
        for (int round = 0; round < 4; round++) { // round 0 warms up the JIT and is not reported
            for (Map.Entry<String, Analyzer> e : analyzers.entrySet()) {
                long start = System.nanoTime();
                long tokens = 0;
                for (String t : texts) {
                    tokens += tokens(e.getValue(), t);
                }
                double perSec = chars / ((System.nanoTime() - start) / 1e9);
                if (round > 0) {
                    rate.merge(e.getKey(), perSec / 3, Double::sum);
                }
                if (round == 3) {
                    System.out.printf("analyzer %-18s %,12.0f chars/s (%d tokens)%n", e.getKey(), rate.get(e.getKey()),
                            tokens);
                }
            }
        }
        System.out.printf("analyzer HanLP / smartcn throughput ratio: %.2f (target >= 0.8)%n",
                rate.get("HanLP (techmatch)") / rate.get("smartcn"));
    }

    private static long tokens(Analyzer analyzer, String text) throws IOException {
        long n = 0;
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            ts.reset();
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
        }
        return n;
    }

    private static void embeddingRate(List<String> sample) throws IOException {
        for (EmbeddingModel model : EmbeddingModel.values()) {
            List<EvidenceDocument> docs = new ArrayList<>();
            for (int i = 0; i < sample.size(); i++) {
                docs.add(new EvidenceDocument("E" + i, "Achievement", "", sample.get(i), null, null, null, null, null,
                        false));
            }
            // no cache directory: every text is embedded
            try (EvidenceIndex index = EvidenceIndex.open(new IndexSettings(null, true, model, null, null))) {
                long start = System.nanoTime();
                index.upsert(docs);
                double secs = (System.nanoTime() - start) / 1e9;
                System.out.printf("embedding %-18s %d docs in %.1f s = %.1f docs/s (%d cores)%n", model.modelName(),
                        docs.size(), secs, docs.size() / secs, Runtime.getRuntime().availableProcessors());
            }
        }
    }

    private static void syntheticCorpus(List<EvidenceDocument> corpus, List<float[]> vectors, int size,
                                        List<String> queries, int queryCount) {
        Random random = new Random(42);
        try (EvidenceIndex index = EvidenceIndex.open(IndexSettings.inMemory(true))) {
            long start = System.nanoTime();
            int batch = 5_000;
            for (int from = 0; from < size; from += batch) {
                List<EvidenceDocument> docs = new ArrayList<>(batch);
                Map<String, float[]> vecs = new HashMap<>();
                for (int i = from; i < Math.min(size, from + batch); i++) {
                    EvidenceDocument a = corpus.get(random.nextInt(corpus.size()));
                    EvidenceDocument b = corpus.get(random.nextInt(corpus.size()));
                    String id = "SYN-" + i;
                    docs.add(new EvidenceDocument(id, "Achievement", a.title() + "（合成）", a.body() + b.title(),
                            null, null, null, null, null, false));
                    vecs.put(id, Vectors.perturb(vectors.get(random.nextInt(vectors.size())), random));
                }
                index.upsertWithVectors(docs, vecs);
                if ((from / batch) % 20 == 0) {
                    System.out.printf("synthetic: %,d / %,d documents indexed%n", from + docs.size(), size);
                }
            }
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf("index build, synthetic without embedding: %,d docs in %.1f s = %.0f docs/s%n", size,
                    secs, size / secs);
            QueryLatency.report("synthetic-" + size, index, queries, queryCount);
        }
    }

    private static List<EvidenceDocument> techmarket() throws IOException {
        Path file = SharedData.require("techmarket/achievements.jsonl");
        List<EvidenceDocument> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(line);
            docs.add(new EvidenceDocument(n.path("id").asText(), "Achievement", n.path("name").asText(""),
                    n.path("context").asText(""), null, null, null, null, null, false));
        }
        return docs;
    }

    private static int intArg(String[] args, String name, int fallback) {
        int i = Arrays.asList(args).indexOf(name);
        return i >= 0 && i + 1 < args.length ? Integer.parseInt(args[i + 1]) : fallback;
    }
}
