package io.techmatch.evaluation.bench;

import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.RetrievalMode;
import io.techmatch.core.search.SearchQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Query latency percentiles per mode; the query embedding is timed apart from the search it feeds. */
final class QueryLatency {
    private QueryLatency() {
    }

    static void report(String corpus, EvidenceIndex index, List<String> texts, int count) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String t = texts.get((i * 7919) % texts.size());
            queries.add(t.substring(0, Math.min(200, t.length())));
        }
        long[] embed = new long[queries.size()];
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            vectors.add(index.embedQuery(queries.get(i)));
            embed[i] = System.nanoTime() - start;
        }
        print(corpus, "query embedding", embed);
        for (RetrievalMode mode : new RetrievalMode[] {RetrievalMode.BM25_CJK, RetrievalMode.BM25_HANLP,
                RetrievalMode.DENSE, RetrievalMode.HYBRID}) {
            for (int i = 0; i < Math.min(20, queries.size()); i++) { // warm-up, not reported
                index.search(SearchQuery.of(queries.get(i), 10, mode), index.settings().fusion(), vectors.get(i));
            }
            long[] nanos = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                index.search(SearchQuery.of(queries.get(i), 10, mode), index.settings().fusion(), vectors.get(i));
                nanos[i] = System.nanoTime() - start;
            }
            print(corpus, mode.name() + (mode == RetrievalMode.DENSE || mode == RetrievalMode.HYBRID
                    ? " (excl. embedding)" : ""), nanos);
        }
    }

    private static void print(String corpus, String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("latency %-18s %-32s p50 %7.2f ms  p95 %7.2f ms  (n=%d)%n", corpus, what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted.length);
    }
}
