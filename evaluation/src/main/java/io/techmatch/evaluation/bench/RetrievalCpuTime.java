package io.techmatch.evaluation.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The operations of {@link RetrievalJmh}, timed by the calling thread's CPU time instead of wall time. On the shared
 * 2-core machine (load average 20-40 while six builds run) JMH's wall-clock errors are larger than its means; CPU
 * time counts only the work of the thread itself, so it stays comparable under load. Every operation here runs
 * in the calling thread except the query embedding, whose ONNX work runs on the model's own threads and is
 * therefore left out.
 *
 * <pre>
 * java -cp evaluation/target/classes:$(cat classpath) io.techmatch.evaluation.bench.RetrievalCpuTime [ops, default 200]
 * </pre>
 */
public final class RetrievalCpuTime {
    private RetrievalCpuTime() {
    }

    interface Op {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        RetrievalJmh b = new RetrievalJmh();
        b.setUp();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly "
                + "is dangerous.");
        Map<String, Op> operations = new LinkedHashMap<>();
        operations.put("baselineTermQuery", b::baselineTermQuery);
        operations.put("bm25Hanlp", b::bm25Hanlp);
        operations.put("dense", b::dense);
        operations.put("hybrid", b::hybrid);
        operations.put("snippetsTop10", () -> {
            b.snippetsTop10(bh);
            return null;
        });
        operations.put("snippetsTop10PerHit", () -> {
            b.snippetsTop10PerHit(bh);
            return null;
        });
        operations.put("analyzeHanlp", b::analyzeHanlp);
        operations.put("analyzeSmartcn", b::analyzeSmartcn);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, double[]> results = new LinkedHashMap<>();
        for (Map.Entry<String, Op> e : operations.entrySet()) {
            for (int i = 0; i < ops / 2; i++) { // warm-up, not reported
                bh.consume(e.getValue().run());
            }
            long[] nanos = new long[ops];
            for (int i = 0; i < ops; i++) {
                long start = cpu.getCurrentThreadCpuTime();
                bh.consume(e.getValue().run());
                nanos[i] = cpu.getCurrentThreadCpuTime() - start;
            }
            Arrays.sort(nanos);
            results.put(e.getKey(), new double[] {Arrays.stream(nanos).average().orElse(0) / 1e3,
                    nanos[ops / 2] / 1e3, nanos[(int) Math.ceil(ops * 0.95) - 1] / 1e3});
        }
        double base = results.get("baselineTermQuery")[0];
        System.out.printf("%nthread CPU time per operation, %d operations each (load average %s)%n", ops,
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        System.out.printf("%-20s %10s %10s %10s %12s%n", "operation", "mean us", "p50 us", "p95 us", "x TermQuery");
        results.forEach((name, r) -> System.out.printf("%-20s %10.1f %10.1f %10.1f %12.1f%n", name, r[0], r[1], r[2],
                r[0] / base));
        System.out.printf("snippets of a top-10 answer / hybrid search (mean CPU): %.0f %%%n",
                100 * results.get("snippetsTop10")[0] / results.get("hybrid")[0]);
        System.out.printf("analyzer HanLP / smartcn throughput (mean CPU per text): %.2f%n",
                results.get("analyzeSmartcn")[0] / results.get("analyzeHanlp")[0]);
        System.exit(0);
    }
}
