package io.techmatch.evaluation.bench;

import io.techmatch.core.search.EmbeddingModel;
import io.techmatch.core.search.EvidenceDocument;
import io.techmatch.core.search.EvidenceHit;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.FusionSettings;
import io.techmatch.core.search.IndexSettings;
import io.techmatch.core.search.QueryVectors;
import io.techmatch.core.search.RetrievalMode;
import io.techmatch.core.search.SearchQuery;
import io.techmatch.core.text.AnalyzerFactory;
import io.techmatch.core.text.TextBootstrap;
import io.techmatch.core.text.TextSettings;
import io.techmatch.evaluation.dataset.Dataset;
import io.techmatch.evaluation.dataset.Datasets;
import io.techmatch.evaluation.dataset.Topic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * JMH benchmark of the retrieval path on the techmarket corpus (2,810 achievements, the 46 dev demands as queries,
 * one query per operation, rotating; the fixture is built once per JVM and closed when it exits): analyzer throughput (HanLP vs smartcn), a raw Lucene {@link TermQuery} top 10
 * as the baseline every figure is divided by, HanLP BM25, dense and hybrid searches through {@link EvidenceIndex}
 * (query vectors precomputed, so the embedding is not in the figure; it is measured on its own), and the highlighted
 * snippets that a top-10 search builds. All in one process, so the ratios hold on a loaded machine.
 *
 * <pre>
 * ./mvnw -B -o -q -pl evaluation -am package -DskipTests
 * java -cp evaluation/target/classes:$(cat classpath) io.techmatch.evaluation.bench.RetrievalJmh \
 *     [forks, default 1] [seconds per iteration, default 2] [benchmark name regex, default all]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RetrievalJmh {
    private static final int TOP = 10;

    private static EvidenceIndex index;
    private static List<String> queries;
    private static List<QueryVectors> vectors;
    private static List<String> texts;
    private static Analyzer smartcn;
    private static DirectoryReader baselineReader;
    private static IndexSearcher baseline;
    private static List<Query> termQueries;
    private static List<Query> highlightQueries;
    private static List<List<String>> topBodies;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (index != null) {
            return; // built once per JVM: with forks = 0 every benchmark shares it
        }
        TextBootstrap.init(TextSettings.defaults());
        Dataset data = Datasets.load("techmarket", "dev");
        Collection<EvidenceDocument> docs = data.corpus().documents();
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "techmatch", "embeddings");
        index = EvidenceIndex.open(new IndexSettings(null, true, EmbeddingModel.QUANTIZED, cache,
                FusionSettings.defaults()));
        index.upsert(docs);
        queries = data.topics().stream().map(Topic::queryText).toList();
        vectors = queries.stream().map(index::embedQueryVectors).toList();
        texts = docs.stream().map(d -> d.title() + "。" + d.body()).toList();
        smartcn = new SmartChineseAnalyzer();

        // the baseline: the same bodies in a bare Lucene index, searched by one HanLP term of each query
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(AnalyzerFactory.indexAnalyzer()))) {
            for (EvidenceDocument d : docs) {
                Document doc = new Document();
                doc.add(new TextField("body", d.body(), Field.Store.NO));
                w.addDocument(doc);
            }
        }
        baselineReader = DirectoryReader.open(dir);
        baseline = new IndexSearcher(baselineReader);
        termQueries = new ArrayList<>();
        highlightQueries = new ArrayList<>();
        topBodies = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            List<String> terms = terms(AnalyzerFactory.indexAnalyzer(), queries.get(i));
            termQueries.add(new TermQuery(new Term("body", terms.isEmpty() ? "技术" : terms.get(0))));
            highlightQueries.add(new QueryBuilder(AnalyzerFactory.queryAnalyzer()).createBooleanQuery("body",
                    queries.get(i)));
            Map<String, EvidenceDocument> byId = new TreeMap<>();
            docs.forEach(d -> byId.put(d.id(), d));
            topBodies.add(index.search(SearchQuery.of(queries.get(i), TOP, RetrievalMode.HYBRID),
                    FusionSettings.defaults(), vectors.get(i)).stream().map(h -> byId.get(h.id()).body()).toList());
        }
    }

    private int nextQuery() {
        next = (next + 1) % queries.size();
        return next;
    }

    @Benchmark
    public Object baselineTermQuery() throws IOException {
        return baseline.search(termQueries.get(nextQuery()), TOP);
    }

    @Benchmark
    public List<EvidenceHit> bm25Hanlp() {
        int i = nextQuery();
        return index.search(SearchQuery.of(queries.get(i), TOP, RetrievalMode.BM25_HANLP), FusionSettings.defaults(),
                QueryVectors.NONE);
    }

    @Benchmark
    public List<EvidenceHit> dense() {
        int i = nextQuery();
        return index.search(SearchQuery.of(queries.get(i), TOP, RetrievalMode.DENSE), FusionSettings.defaults(),
                vectors.get(i));
    }

    @Benchmark
    public List<EvidenceHit> hybrid() {
        int i = nextQuery();
        return index.search(SearchQuery.of(queries.get(i), TOP, RetrievalMode.HYBRID), FusionSettings.defaults(),
                vectors.get(i));
    }

    /** The embeddings a search of the default settings needs (the name's too, when those settings use it). */
    @Benchmark
    public QueryVectors queryEmbedding() {
        return index.embedQueryVectors(queries.get(nextQuery()));
    }

    /** The snippets of one top-10 answer, built as the index builds them (same highlighter, fragment, analyzer). */
    @Benchmark
    public void snippetsTop10(Blackhole bh) throws Exception {
        int i = nextQuery();
        Highlighter h = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(),
                new QueryScorer(highlightQueries.get(i), "body"));
        h.setTextFragmenter(new SimpleFragmenter(120));
        h.setMaxDocCharsToAnalyze(20_000);
        for (String body : topBodies.get(i)) {
            bh.consume(h.getBestFragment(AnalyzerFactory.indexAnalyzer(), "body", body));
        }
    }

    /** As before 22 Nov: a new highlighter (and query scorer) per hit, to compare with {@link #snippetsTop10}. */
    @Benchmark
    public void snippetsTop10PerHit(Blackhole bh) throws Exception {
        int i = nextQuery();
        for (String body : topBodies.get(i)) {
            Highlighter h = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(),
                    new QueryScorer(highlightQueries.get(i), "body"));
            h.setTextFragmenter(new SimpleFragmenter(120));
            h.setMaxDocCharsToAnalyze(20_000);
            bh.consume(h.getBestFragment(AnalyzerFactory.indexAnalyzer(), "body", body));
        }
    }

    /** One techmarket text through the HanLP index analyzer (texts rotate; chars/s is printed by {@link #main}). */
    @Benchmark
    public long analyzeHanlp() throws IOException {
        return count(AnalyzerFactory.indexAnalyzer(), texts.get(next = (next + 1) % texts.size()));
    }

    @Benchmark
    public long analyzeSmartcn() throws IOException {
        return count(smartcn, texts.get(next = (next + 1) % texts.size()));
    }

    private static long count(Analyzer analyzer, String text) throws IOException {
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

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    /** Runs the benchmark and prints each figure next to its ratio to the TermQuery baseline of the same run. */
    public static void main(String[] args) throws RunnerException {
        int forks = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String only = args.length > 2 ? args[2] : "";
        Options options = new OptionsBuilder().include(RetrievalJmh.class.getName() + "\\." + only)
                .forks(forks).warmupIterations(2).warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(3).measurementTime(TimeValue.seconds(seconds))
                .jvmArgsAppend("-Xmx2g").build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> micros = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            micros.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        double base = micros.getOrDefault("baselineTermQuery", Double.NaN);
        double avgChars = averageChars();
        System.out.printf("%nload average at the end: %s%n", loadAverage());
        System.out.printf("%-20s %12s %14s%n", "benchmark", "us/op", "x TermQuery");
        micros.forEach((name, us) -> System.out.printf("%-20s %12.1f %14.1f%n", name, us, us / base));
        if (micros.containsKey("analyzeHanlp") && micros.containsKey("analyzeSmartcn")) {
            System.out.printf("analyzer chars/s: HanLP %,.0f, smartcn %,.0f, ratio %.2f (target >= 0.8)%n",
                    avgChars / micros.get("analyzeHanlp") * 1e6, avgChars / micros.get("analyzeSmartcn") * 1e6,
                    micros.get("analyzeSmartcn") / micros.get("analyzeHanlp"));
        }
        if (micros.containsKey("snippetsTop10") && micros.containsKey("hybrid")) {
            System.out.printf("snippets of a top-10 answer / whole hybrid search: %.0f %%%n",
                    100 * micros.get("snippetsTop10") / micros.get("hybrid"));
        }
    }

    private static double averageChars() {
        try {
            Dataset data = Datasets.load("techmarket", "dev");
            return data.corpus().documents().stream().mapToInt(d -> d.title().length() + 1 + d.body().length())
                    .average().orElse(0);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
