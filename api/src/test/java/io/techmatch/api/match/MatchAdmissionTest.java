package io.techmatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.techmatch.api.web.OverloadedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class MatchAdmissionTest {

    @Test
    void aRequestFindingEverySlotBusyIsRefusedAndTheSlotIsFreeAgainAfterwards() throws Exception {
        MatchAdmission admission = new MatchAdmission(1, Duration.ZERO);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> admission.admit(() -> {
            running.countDown();
            await(finish);
            return "first";
        }));
        running.await();
        assertThat(admission.inFlight()).isEqualTo(1);
        assertThatThrownBy(() -> admission.admit(() -> "second"))
                .isInstanceOf(OverloadedException.class).hasMessageContaining("1 matching slots");
        finish.countDown();
        assertThat(holder.get()).isEqualTo("first");
        assertThat(admission.inFlight()).isZero();
        assertThat(admission.admit(() -> "third")).isEqualTo("third");
    }

    @Test
    void aFailingComputationGivesItsSlotBack() {
        MatchAdmission admission = new MatchAdmission(1, Duration.ZERO);
        assertThatThrownBy(() -> admission.admit(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(admission.inFlight()).isZero();
        assertThat(admission.admit(() -> 42)).isEqualTo(42);
    }

    @Test
    void aWaitingRequestIsAdmittedWhenASlotFrees() throws Exception {
        MatchAdmission admission = new MatchAdmission(1, Duration.ofMinutes(5));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> admission.admit(() -> {
            running.countDown();
            await(finish);
            return "first";
        }));
        running.await();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> admission.admit(() -> "second"));
        assertThat(second).isNotDone();
        finish.countDown();
        assertThat(first.get()).isEqualTo("first");
        assertThat(second.get()).isEqualTo("second");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
