package io.techmatch.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WritePipelineTest {
    @Test
    void runsWritesInOrderOnOneThread() {
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        try (WritePipeline pipeline = new WritePipeline(2)) {
            for (int i = 0; i < 100; i++) {
                int n = i;
                pipeline.submit(() -> {
                    done.add(n);
                    threads.add(Thread.currentThread().getName());
                });
            }
            pipeline.drain();
        }
        assertThat(done).hasSize(100).isSorted();
        assertThat(threads).containsOnly("graph-writer");
    }

    @Test
    void aFailedWriteFailsTheLoadAndTheWritesAfterItAreSkipped() {
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        WritePipeline pipeline = new WritePipeline(2);
        pipeline.submit(() -> done.add(1));
        pipeline.submit(() -> {
            throw new IllegalStateException("batch 2 failed");
        });
        pipeline.submit(() -> done.add(3));
        // not a Neo4j or I/O failure: wrapped in the type readers never turn into a rejected row
        assertThatThrownBy(pipeline::drain).isInstanceOf(WriteFailedException.class).hasMessageContaining("batch 2 failed");
        pipeline.close();
        assertThat(done).containsExactly(1);
    }

    @Test
    void theGraphsOwnFailuresKeepTheirType() {
        WritePipeline pipeline = new WritePipeline(1);
        pipeline.submit(() -> {
            throw new org.neo4j.driver.exceptions.ServiceUnavailableException("graph down");
        });
        assertThatThrownBy(pipeline::drain).isInstanceOf(org.neo4j.driver.exceptions.ServiceUnavailableException.class);
        pipeline.close();
    }
}
