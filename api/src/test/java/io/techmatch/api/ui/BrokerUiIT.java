package io.techmatch.api.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The broker UI end to end in headless Chromium, against the real app over the embedded graph with the demo data
 * (loaded at start because the graph is empty). Skipped, with the reason, where Chromium is not installed.
 * Screenshots land in {@code api/target/ui-screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokerUiIT {
    /** Under target/, so {@code mvn clean} removes the graph even if the JVM dies before the context closes. */
    private static final Path DATA = createDataDir();

    @TempDir
    Path browserDir;

    @LocalServerPort
    int port;

    private WebDriver driver;

    @DynamicPropertySource
    static void graphInTarget(DynamicPropertyRegistry registry) {
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

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "ui-it-graph-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the UI test's graph folder under target/", e);
        }
    }
}
