package io.techmatch.evaluation.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load driver for the techmatch API: {@code clients} threads each send one request, wait for the
 * answer and send the next, for a warm-up (not recorded) and then a measured interval, never more than
 * {@code maxRequests} requests in all. Because each client waits for its answer, a slow server also slows the offered
 * load (no coordinated-omission correction): the figures are service latencies at the throughput reached.
 * Only loopback addresses are accepted: this is a measuring tool, not a way to load someone else's server.
 */
public final class LoadDriver {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DISCOVERY_TIMEOUT = Duration.ofMinutes(3);

    /** {@code maxRequests} bounds warm-up and measured requests together. */
    public record Settings(URI baseUrl, String apiKey, int clients, Duration warmup, Duration duration,
                           long maxRequests, RequestMix mix, Duration timeout, int discoverNeeds, int matchSize,
                           long serverPid) {
        public Settings {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(mix, "mix");
            if (clients < 1) {
                throw new IllegalArgumentException("clients must be >= 1, was " + clients);
            }
            if (duration.isNegative() || duration.isZero() || warmup.isNegative()) {
                throw new IllegalArgumentException("duration must be > 0 and warm-up >= 0");
            }
            if (maxRequests < 1) {
                throw new IllegalArgumentException("max requests must be >= 1, was " + maxRequests);
            }
        }
    }

    private final Settings settings;
    private final HttpClient http;

    public LoadDriver(Settings settings) {
        this.settings = settings;
        requireLoopback(settings.baseUrl());
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static void requireLoopback(URI base) {
        try {
            if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("the load driver only targets loopback addresses, not " + base);
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + base, e);
        }
    }

    /** Needs, explanation pairs and search terms from the running API (not timed). */
    public Targets discover() {
        List<String> ids = new ArrayList<>();
        List<String> evidenceQueries = new ArrayList<>();
        List<String> needQueries = new ArrayList<>();
        for (int page = 0; ids.size() < settings.discoverNeeds(); page++) {
            int before = ids.size();
            Targets.addNeeds(getJson("/api/v1/needs?status=open&size=100&page=" + page), ids, evidenceQueries, needQueries);
            if (ids.size() == before) {
                break;
            }
        }
        List<Targets.Pair> pairs = new ArrayList<>();
        // a few needs are enough for explanation pairs; their first match also warms the server up
        for (String id : ids.subList(0, Math.min(5, ids.size()))) {
            pairs.addAll(Targets.pairs(id, getJson(matchPath(id)), 3));
        }
        return new Targets(ids.subList(0, Math.min(ids.size(), settings.discoverNeeds())), pairs, evidenceQueries,
                needQueries);
    }

    /** Runs warm-up and measurement; returns the figures of the measured interval. */
    public LoadResult run(Targets targets, String label, long patents) throws InterruptedException {
        List<RequestKind> schedule = settings.mix().schedule();
        LatencyStats stats = new LatencyStats();
        AtomicLong sent = new AtomicLong();
        String loadBefore = loadAverage();
        long start = System.nanoTime();
        long measureFrom = start + settings.warmup().toNanos();
        long deadline = measureFrom + settings.duration().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
        for (int c = 0; c < settings.clients(); c++) {
            pool.execute(() -> {
                while (true) {
                    long n = sent.getAndIncrement();
                    if (n >= settings.maxRequests() || System.nanoTime() >= deadline) {
                        sent.decrementAndGet();
                        return;
                    }
                    RequestKind kind = schedule.get((int) (n % schedule.size()));
                    long t0 = System.nanoTime();
                    String failure = send(kind, n, targets);
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom) {
                        if (failure == null) {
                            stats.success(kind, t1 - t0);
                        } else {
                            stats.failure(kind, failure);
                        }
                    }
                }
            });
        }
        pool.shutdown();
        // the server's CPU time over the measured interval: a per-request cost that does not depend on how many
        // other processes share the machine (latency and throughput do)
        long sleepMs = (measureFrom - System.nanoTime()) / 1_000_000;
        if (sleepMs > 0) {
            Thread.sleep(sleepMs);
        }
        long cpuBefore = ProcessCpu.ticks(settings.serverPid());
        long waitSeconds = settings.warmup().plus(settings.duration()).plus(settings.timeout()).toSeconds() + 60;
        if (!pool.awaitTermination(waitSeconds, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        long measured = Math.max(1, System.nanoTime() - Math.min(measureFrom, System.nanoTime()));
        LatencyStats.Figures figures = stats.figures(measured);
        double cpuMsPerRequest = ProcessCpu.msPerRequest(cpuBefore, ProcessCpu.ticks(settings.serverPid()),
                figures.all().requests() + figures.all().errors());
        return new LoadResult(label, patents, settings.clients(), settings.mix().toString(), measured / 1e9,
                Math.min(sent.get(), settings.maxRequests()), loadBefore, loadAverage(), cpuMsPerRequest, figures);
    }

    /** Sends request {@code n}; returns null on success, else the failure's status. */
    private String send(RequestKind kind, long n, Targets targets) {
        try {
            return switch (kind) {
                case MATCH -> status(get(matchPath(targets.needId(n))));
                case MATCH_EXPLAIN -> matchThenExplain(targets.needId(n));
                case EXPLAIN -> status(get(explainPath(targets.explainPair(n))));
                case EVIDENCE -> status(get("/api/v1/search?limit=20&q=" + encode(targets.evidenceQuery(n))));
                case NEEDS -> status(get("/api/v1/needs?size=20&q=" + encode(targets.needQuery(n))));
            };
        } catch (HttpTimeoutException e) {
            return "timeout";
        } catch (IOException e) {
            return "io";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private String matchThenExplain(String needId) throws IOException, InterruptedException {
        HttpResponse<String> matches = get(matchPath(needId));
        if (matches.statusCode() != 200) {
            return String.valueOf(matches.statusCode());
        }
        List<Targets.Pair> top = Targets.pairs(needId, JSON.readTree(matches.body()), 1);
        return top.isEmpty() ? null : status(get(explainPath(top.get(0))));
    }

    private String matchPath(String needId) {
        return "/api/v1/needs/" + encode(needId) + "/matches?size=" + settings.matchSize();
    }

    private static String explainPath(Targets.Pair pair) {
        return "/api/v1/needs/" + encode(pair.needId()) + "/matches/" + encode(pair.orgId()) + "/explanation";
    }

    private static String status(HttpResponse<String> response) {
        return response.statusCode() == 200 ? null : String.valueOf(response.statusCode());
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return get(pathAndQuery, settings.timeout());
    }

    private HttpResponse<String> get(String pathAndQuery, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(settings.baseUrl().resolve(pathAndQuery))
                .timeout(timeout).header("X-API-Key", settings.apiKey())
                .header("Accept", "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode getJson(String pathAndQuery) {
        try {
            // discovery is not measured, and the first requests of a cold server may be slow
            HttpResponse<String> response = get(pathAndQuery, DISCOVERY_TIMEOUT);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + pathAndQuery + " failed: is the API running at "
                    + settings.baseUrl() + "?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The 1, 5 and 15 minute load averages, or "n/a" where /proc is absent. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
