package io.techmatch.api.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.techmatch.core.graph.TestGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The broker UI end to end in headless Chromium, against the real app over the embedded graph with the demo data
 * (loaded at start because the graph is empty), under the default demo profile and its demo API keys. Skipped,
 * with the reason, where Chromium is not installed. Screenshots land in {@code api/target/ui-screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the demo profile's context differs from the other ITs' (test profile, fixture graph): close it when done
@DirtiesContext
class BrokerUiIT {
    private static final Path DATA = TestGraph.newTempDir("techmatch-ui-it");

    @TempDir
    Path browserDir;

    @LocalServerPort
    int port;

    private WebDriver driver;

    @DynamicPropertySource
    static void demoGraphInTempDir(DynamicPropertyRegistry registry) {
        registry.add("techmatch.neo4j.uri", () -> "");
        registry.add("techmatch.neo4j.data-dir", () -> DATA.resolve("neo4j").toString());
        registry.add("techmatch.neo4j.bolt-port", () -> "0");
        registry.add("techmatch.index.dir", () -> DATA.resolve("index").toString());
        registry.add("techmatch.demo.load-when-empty", () -> "true");
    }

    @BeforeAll
    static void browserInstalled() {
        assumeTrue(Browser.available(), Browser::missingMessage);
    }

    @Test
    void brokerGoesFromNeedToExplainedExportedShortlist() throws Exception {
        Path downloads = Files.createDirectories(browserDir.resolve("downloads"));
        driver = Browser.start(browserDir.resolve("profile"), downloads);
        try {
            new BrokerFlow(driver, "http://localhost:" + port + "/", downloads).run();
        } catch (Throwable failure) {
            Browser.screenshot(driver, "failure");
            throw failure;
        }
    }

    @AfterEach
    void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
