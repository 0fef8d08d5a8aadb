package io.techmatch.api.match;

import io.techmatch.api.config.TechmatchProperties;
import io.techmatch.api.web.OverloadedException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A bulkhead for matching: a match with explanations costs about fifteen times a search (docs/operations.md), so
 * without a bound a burst of them takes every servlet thread and the heap with it. At most {@code permits}
 * computations run at once; the others wait in arrival order up to {@code queueWait}, then get 503.
 */
@Component
class MatchAdmission {
    private final Semaphore permits;
    private final int capacity;
    private final Duration queueWait;

    @Autowired
    MatchAdmission(TechmatchProperties properties) {
        this(properties.limits().effectiveConcurrentMatches(), properties.limits().matchQueueWait());
    }

    MatchAdmission(int permits, Duration queueWait) {
        this.permits = new Semaphore(permits, true);
        this.capacity = permits;
        this.queueWait = queueWait;
    }

    <T> T admit(Supplier<T> work) {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(queueWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OverloadedException("interrupted while waiting for a matching slot");
        }
        if (!admitted) {
            throw new OverloadedException("all " + capacity + " matching slots stayed busy for " + queueWait.toMillis()
                    + " ms; retry shortly");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    int inFlight() {
        return capacity - permits.availablePermits();
    }
}
