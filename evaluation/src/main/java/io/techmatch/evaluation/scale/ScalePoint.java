package io.techmatch.evaluation.scale;

/**
 * The figures of one load run at one data size and client count (milliseconds, requests per second);
 * {@code cpuMsPerRequest} is the server's CPU time per request, NaN when it was not measured.
 */
public record ScalePoint(long patents, int clients, long requests, long errors, double p50, double p95, double p99,
                         double max, double throughput, String loadAverage, double cpuMsPerRequest) {
}
