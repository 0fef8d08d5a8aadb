package io.techmatch.api;

import static org.assertj.core.api.Assertions.fail;

import io.techmatch.api.index.EvidenceIndexService;
import io.techmatch.core.graph.TestGraph;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the ITs over the application as the README runs it: default (demo) profile and settings, dense retrieval
 * included, on an empty embedded graph in a temporary directory, so it loads the demo dataset and indexes it. All
 * subclasses declare nothing else, so they share one application context (one demo load per test JVM); the
 * directory is deleted after Spring has closed the context at JVM exit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class DemoAppIT {
    private static final Path DATA = TestGraph.newTempDir("techmatch-demo-it");
    /** Embedding the ~200 demo documents takes seconds on an idle machine; minutes on a loaded CI box. */
    private static final long INDEX_WAIT_MILLIS = 10 * 60 * 1000;

    static {
        SpringApplication.getShutdownHandlers().add(() -> TestGraph.deleteRecursively(DATA));
    }

    @DynamicPropertySource
    static void demoGraphInTempDir(DynamicPropertyRegistry registry) {
        registry.add("techmatch.neo4j.uri", () -> "");
        registry.add("techmatch.neo4j.data-dir", () -> DATA.resolve("neo4j").toString());
        registry.add("techmatch.neo4j.bolt-port", () -> "0");
        registry.add("techmatch.index.dir", () -> DATA.resolve("index").toString());
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected EvidenceIndexService indexService;

    /** Dense vectors are embedded in the background after start: tests compare answers, so they wait for them. */
    @BeforeEach
    void evidenceIndexReady() throws InterruptedException {
        long deadline = System.currentTimeMillis() + INDEX_WAIT_MILLIS;
        while (indexService.state() == EvidenceIndexService.State.BUILDING) {
            if (System.currentTimeMillis() > deadline) {
                fail("evidence index still building after %d s: %s", INDEX_WAIT_MILLIS / 1000, indexService.details());
            }
            Thread.sleep(200);
        }
        if (indexService.state() != EvidenceIndexService.State.READY) {
            fail("evidence index not ready: %s", indexService.details());
        }
    }

    protected String baseUrl() {
        return "http://localhost:" + port + "/";
    }
}
