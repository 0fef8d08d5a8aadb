package io.techmatch.api.match;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.techmatch.api.web.OverloadedException;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Latency and counts of matching requests ({@code techmatch.match}, {@code techmatch.match.requests}), tagged by kind
 * and by the outcome, which is known only once the work has returned or thrown. Every matching computation passes
 * through here, so this is also where {@link MatchAdmission} bounds how many run at once ({@code overloaded}).
 */
@Component
class MatchMetrics {
    private final MeterRegistry meters;
    private final MatchAdmission admission;

    MatchMetrics(MeterRegistry meters, MatchAdmission admission) {
        this.meters = meters;
        this.admission = admission;
        meters.gauge("techmatch.match.in_flight", admission, MatchAdmission::inFlight);
    }

    <T> T timed(String kind, Supplier<T> work) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "error";
        try {
            T result = admission.admit(work);
            outcome = "ok";
            return result;
        } catch (OverloadedException e) {
            outcome = "overloaded";
            throw e;
        } finally {
            sample.stop(meters.timer("techmatch.match", "kind", kind, "outcome", outcome));
            meters.counter("techmatch.match.requests", "kind", kind, "outcome", outcome).increment();
        }
    }
}
