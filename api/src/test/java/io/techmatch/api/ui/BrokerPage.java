package io.techmatch.api.ui;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The broker UI as a test sees it: actions a broker takes, and what the page then shows. */
final class BrokerPage {
    /** A generous bound on waiting for the page; on 2 shared cores the first match can take a while. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    record Candidate(String orgId, String name, String typeLabel, String score, List<String> featureLabels,
                     int highlights) {
    }

    private final WebDriver driver;
    private final WebDriverWait wait;

    BrokerPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    BrokerPage open(String baseUrl) {
        driver.get(baseUrl);
        wait.until(d -> "true".equals(body().getDomAttribute("data-ready")));
        return this;
    }

    String title() {
        return driver.getTitle();
    }

    String loginHint() {
        return text("#login-hint");
    }

    void login(String key) {
        WebElement input = find("#api-key");
        input.clear();
        input.sendKeys(key);
        find("#login-btn").click();
        idle();
    }

    boolean errorShown() {
        return find("#error").isDisplayed();
    }

    String errorText() {
        return text("#error");
    }

    String errorStatus() {
        return find("#error").getDomAttribute("data-status");
    }

    void searchNeeds(String query) {
        WebElement q = find("#need-q");
        q.clear();
        q.sendKeys(query);
        find("#need-search-btn").click();
        idle();
    }

    List<String> needIds() {
        return driver.findElements(By.cssSelector("#need-list .need-item")).stream()
                .map(e -> e.getDomAttribute("data-need-id")).toList();
    }

    void pickNeed(String needId) {
        find("#need-list .need-item[data-need-id='" + cssString(needId) + "']").click();
        idle();
    }

    void matchFreeText(String text) {
        // set, not typed: typing thousands of characters is slow and adds nothing to the test
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find("#free-text"), text);
        find("#free-text-btn").click();
        idle();
    }

    String needTitle() {
        return text("#need-title");
    }

    String needBody() {
        return text("#need-body");
    }

    List<Candidate> candidates() {
        return driver.findElements(By.cssSelector("#candidates .candidate")).stream().map(c -> new Candidate(
                c.getDomAttribute("data-org-id"),
                c.findElement(By.cssSelector(".name")).getText(),
                c.findElement(By.cssSelector(".cand-head .tag")).getText(),
                c.findElement(By.cssSelector(".score")).getText(),
                c.findElements(By.cssSelector(".bar-label")).stream().map(WebElement::getText).toList(),
                c.findElements(By.cssSelector(".snippet mark.hit")).size())).toList();
    }

    String candidatesText() {
        return text("#candidates");
    }

    void filterOrgType(String type) {
        find("#filters input[name='orgTypes'][value='" + cssString(type) + "']").click();
        find("#apply-filters").click();
        idle();
    }

    List<String> errorFields() {
        return driver.findElements(By.cssSelector("#error-fields li")).stream().map(WebElement::getText).toList();
    }

    void explain(String orgId) {
        card(orgId).findElement(By.cssSelector(".explain-btn")).click();
        idle();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("explain-panel")));
    }

    String explainedOrg() {
        return text("#explain-org");
    }

    List<String> sentences() {
        return driver.findElements(By.cssSelector("#explain-sentences .sentence-text")).stream().map(WebElement::getText).toList();
    }

    /** The node count cytoscape reports, or -1 when no graph was drawn. */
    int graphNodes() {
        String nodes = find("#graph").getDomAttribute("data-nodes");
        return nodes == null ? -1 : Integer.parseInt(nodes);
    }

    boolean graphCanvasDrawn() {
        return !driver.findElements(By.cssSelector("#graph canvas")).isEmpty();
    }

    void openProfile(String orgId) {
        card(orgId).findElement(By.cssSelector(".name")).click();
        idle();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-panel")));
    }

    String profileName() {
        return text("#profile-name");
    }

    int profileRows(String css) {
        return driver.findElements(By.cssSelector("#profile-body " + css)).size();
    }

    String giveFeedback(String orgId, String status, String reason) {
        WebElement card = card(orgId);
        new Select(card.findElement(By.cssSelector(".fb-status"))).selectByValue(status);
        card.findElement(By.cssSelector(".fb-reason")).sendKeys(reason);
        card.findElement(By.cssSelector(".fb-submit")).click();
        idle();
        return card(orgId).findElement(By.cssSelector(".fb-result")).getText();
    }

    void toggleShortlist(String orgId) {
        card(orgId).findElement(By.cssSelector(".shortlist-btn")).click();
        idle();
    }

    String shortlistCount() {
        return text("#shortlist-count");
    }

    /** The bytes behind the export link, read in the page the way a download would read them. */
    byte[] exportedCsv() {
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('export-csv').href)
                  .then(r => r.arrayBuffer())
                  .then(b => done(Array.from(new Uint8Array(b))))
                  .catch(e => done('failed: ' + e));""");
        if (!(result instanceof List<?> list)) {
            throw new AssertionError("could not read the CSV link: " + result);
        }
        byte[] bytes = new byte[list.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = ((Number) list.get(i)).byteValue();
        }
        return bytes;
    }

    String exportFileName() {
        return find("#export-csv").getDomAttribute("download");
    }

    void clickExport() {
        find("#export-csv").click();
    }

    void buildConsortium() {
        find("#consortium-btn").click();
        idle();
    }

    List<String> teams() {
        return driver.findElements(By.cssSelector("#teams > li")).stream().map(WebElement::getText).toList();
    }

    void switchKey(String key) {
        new Select(find("#key-switch")).selectByValue(key);
        idle();
    }

    String roleBadge() {
        return text("#role-badge");
    }

    /** Whether the element is shown to this role (a role's forbidden actions are hidden, not just disabled). */
    boolean visible(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    int visibleCount(String css) {
        return (int) driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).count();
    }

    void reverseMatch(String kind, String id) {
        new Select(find("#rev-kind")).selectByValue(kind);
        WebElement input = find("#rev-id");
        input.clear();
        input.sendKeys(id);
        find("#rev-btn").click();
        idle();
    }

    List<String> reverseNeedIds() {
        return driver.findElements(By.cssSelector("#reverse-results .reverse-item")).stream()
                .map(e -> e.getDomAttribute("data-need-id")).toList();
    }

    List<String> reverseExplanations() {
        return driver.findElements(By.cssSelector("#reverse-results .rev-explanation")).stream()
                .map(WebElement::getText).toList();
    }

    void openReverseNeed(String needId) {
        find("#reverse-results .reverse-item[data-need-id='" + cssString(needId) + "'] .rev-title").click();
        idle();
    }

    void reverseFromProfile() {
        find("#profile-reverse-btn").click();
        idle();
    }

    void findPaths(String from, String to, int maxLength) {
        for (String[] field : new String[][] {{"#path-from", from}, {"#path-to", to}}) {
            WebElement input = find(field[0]);
            input.clear();
            input.sendKeys(field[1]);
        }
        new Select(find("#path-max")).selectByValue(String.valueOf(maxLength));
        find("#path-btn").click();
        idle();
    }

    String pathFrom() {
        return find("#path-from").getDomProperty("value");
    }

    String pathTo() {
        return find("#path-to").getDomProperty("value");
    }

    int pathGraphNodes() {
        String nodes = find("#path-graph").getDomAttribute("data-nodes");
        return nodes == null ? -1 : Integer.parseInt(nodes);
    }

    List<String> pathLines() {
        return driver.findElements(By.cssSelector("#path-list .path-line")).stream().map(WebElement::getText).toList();
    }

    /** Fills and saves the need editor, opened for a new need or for the selected one. */
    void saveNeed(boolean edit, String title, String body, boolean confidential) {
        find(edit ? "#edit-need-btn" : "#new-need-btn").click();
        WebElement t = find("#ne-title");
        t.clear();
        t.sendKeys(title);
        WebElement b = find("#ne-body");
        b.clear();
        b.sendKeys(body);
        WebElement c = find("#ne-confidential");
        if (c.isSelected() != confidential) {
            c.click();
        }
        find("#ne-save").click();
        idle();
    }

    String selectedNeedId() {
        List<WebElement> selected = driver.findElements(By.cssSelector("#need-list .need-item.selected"));
        return selected.isEmpty() ? null : selected.get(0).getDomAttribute("data-need-id");
    }

    String needMeta() {
        return text("#need-meta");
    }

    void closeNeed() {
        find("#close-need-btn").click();
        idle();
    }

    void importFile(java.nio.file.Path file) {
        find("#import-file").sendKeys(file.toAbsolutePath().toString());
        find("#import-btn").click();
        idle();
    }

    String importResult() {
        return text("#import-result");
    }

    List<String> importRejected() {
        return driver.findElements(By.cssSelector("#import-rejected li")).stream().map(WebElement::getText).toList();
    }

    /** Elements that data must never become: a sign that something was rendered as HTML. */
    int injectedElements() {
        return driver.findElements(By.cssSelector("main img, main script, main iframe, #error img")).size();
    }

    Object jsGlobal(String name) {
        return ((JavascriptExecutor) driver).executeScript("return window[arguments[0]];", name);
    }

    private WebElement card(String orgId) {
        return find("#candidates .candidate[data-org-id='" + cssString(orgId) + "']");
    }

    /** Waits until no request of the page is in flight. */
    private void idle() {
        wait.until(d -> "0".equals(body().getDomAttribute("data-busy")));
    }

    private WebElement body() {
        return driver.findElement(By.tagName("body"));
    }

    private WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private String text(String css) {
        return find(css).getText();
    }

    private static String cssString(String value) {
        return value.replace("\\", "\\\\").replace("'", "\\'");
    }
}
