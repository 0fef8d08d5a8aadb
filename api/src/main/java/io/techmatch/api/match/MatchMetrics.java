package io.techmatch.api.match;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Latency and counts of matching requests ({@code techmatch.match}, {@code techmatch.match.requests}), tagged by kind
 * and by the outcome, which is known only once the work has returned or thrown.
 */
@Component
class MatchMetrics {
    private final MeterRegistry meters;

    MatchMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    <T> T timed(String kind, Supplier<T> work) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "error";
        try {
            T result = work.get();
            outcome = "ok";
            return result;
        } finally {
            sample.stop(meters.timer("techmatch.match", "kind", kind, "outcome", outcome));
            meters.counter("techmatch.match.requests", "kind", kind, "outcome", outcome).increment();
        }
    }
}
