package io.techmatch.loader;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * One writer thread that runs a load's write transactions in the order they were submitted, so that reading,
 * validating and hashing the next batch overlap the graph's work on this one (serial, they were a fifth of a
 * load's samples). At most {@code depth} batches are in flight, which bounds memory and keeps the reader close to
 * the writer. The first failed batch fails the load at the next submit or drain; the batches queued after it are
 * skipped, as a serial load would never have reached them.
 */
final class WritePipeline implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "graph-writer");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Future<?>> inFlight = new ArrayDeque<>();
    private final int depth;
    private volatile boolean failed;

    WritePipeline(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, was " + depth);
        }
        this.depth = depth;
    }

    /** Queues one write; waits first while {@code depth} writes are in flight, and rethrows a failed one. */
    void submit(Runnable write) {
        while (inFlight.size() >= depth) {
            await(inFlight.removeFirst());
        }
        inFlight.addLast(thread.submit(() -> {
            if (failed) {
                return;
            }
            try {
                write.run();
            } catch (RuntimeException | Error e) {
                failed = true;
                throw e;
            }
        }));
    }

    /** Waits until every submitted write has committed; rethrows the first failure. */
    void drain() {
        while (!inFlight.isEmpty()) {
            await(inFlight.removeFirst());
        }
    }

    private static void await(Future<?> write) {
        try {
            write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriteFailedException("interrupted while waiting for a write batch", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            // the graph's and the reject report's own failures keep their types; readers treat both as fatal
            if (cause instanceof Neo4jException || cause instanceof java.io.UncheckedIOException) {
                throw (RuntimeException) cause;
            }
            throw new WriteFailedException("a write batch failed: " + cause, cause);
        }
    }

    /** Lets the writes in flight finish (the session they use is closed after this), then stops the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.MINUTES)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
