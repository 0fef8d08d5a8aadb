package io.techmatch.api.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.techmatch.api.DemoAppIT;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * The broker UI end to end in headless Chromium, against the real app over the embedded graph with the demo data
 * (loaded at start because the graph is empty), under the default demo profile and its demo API keys, in the demo
 * context shared with the other {@link DemoAppIT}s. Skipped, with the reason, where Chromium is not installed.
 * Screenshots land in {@code api/target/ui-screenshots/}.
 */
class BrokerUiIT extends DemoAppIT {
    @TempDir
    Path browserDir;

    private WebDriver driver;

    @BeforeAll
    static void browserInstalled() {
        assumeTrue(Browser.available(), Browser::missingMessage);
    }

    @Test
    void brokerGoesFromNeedToExplainedExportedShortlist() throws Exception {
        Path downloads = Files.createDirectories(browserDir.resolve("downloads"));
        driver = Browser.start(browserDir.resolve("profile"), downloads);
        try {
            new BrokerFlow(driver, baseUrl(), downloads).run();
        } catch (Throwable failure) {
            Browser.screenshot(driver, "failure");
            throw failure;
        }
    }

    @Test
    void brokerReverseMatchesAndExploresPaths() throws Exception {
        inBrowser(driver -> new ExplorationFlow(driver, baseUrl()).run());
    }

    @Test
    void brokerPostsEditsClosesAndImportsNeeds() throws Exception {
        inBrowser(driver -> new NeedManagementFlow(driver, baseUrl(), browserDir).run());
    }

    @Test
    void enterpriseAndPlatformSeeOnlyWhatTheirRoleMay() throws Exception {
        inBrowser(driver -> new RoleViewsFlow(driver, baseUrl()).run());
    }

    interface Flow {
        void run(WebDriver driver) throws Exception;
    }

    private void inBrowser(Flow flow) throws Exception {
        driver = Browser.start(browserDir.resolve("profile"), Files.createDirectories(browserDir.resolve("downloads")));
        try {
            flow.run(driver);
        } catch (Throwable failure) {
            Browser.screenshot(driver, "failure-" + System.nanoTime());
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
