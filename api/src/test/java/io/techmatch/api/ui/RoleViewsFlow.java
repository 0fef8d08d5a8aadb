package io.techmatch.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * The same page under the enterprise and platform demo keys: each sees what the API lets its role see, and is not
 * offered what it may not do. NEED-D010 is the demo's confidential need of another organization than the
 * enterprise key's; NEED-D001 is the enterprise's own.
 */
final class RoleViewsFlow {
    private static final String OTHERS_CONFIDENTIAL = "NEED-D010";
    private static final String OTHERS_CONFIDENTIAL_TITLE = "围巾面料防起球整理";
    private static final String OWN = "NEED-D001";
    private static final String OWN_TITLE = "高镍正极材料循环寿命提升";

    private final WebDriver driver;
    private final String baseUrl;

    RoleViewsFlow(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    void run() throws Exception {
        DemoApi broker = new DemoApi(baseUrl);
        // the broker does find the confidential need: the checks below could fail
        assertThat(ids(broker.get("/needs?q=" + DemoApi.encode(OTHERS_CONFIDENTIAL_TITLE))))
                .contains(OTHERS_CONFIDENTIAL);

        BrokerPage page = new BrokerPage(driver).open(baseUrl);
        page.switchKey(DemoApi.ENTERPRISE_KEY);
        assertThat(page.errorShown()).as("error after switching: %s", page.errorText()).isFalse();
        assertThat(page.roleBadge()).contains("企业");
        DemoApi enterprise = new DemoApi(baseUrl, DemoApi.ENTERPRISE_KEY);
        assertThat(page.needIds()).containsExactlyElementsOf(ids(enterprise.get("/needs?status=open&size=10")));
        assertThat(page.needIds()).doesNotContain(OTHERS_CONFIDENTIAL);
        page.searchNeeds(OTHERS_CONFIDENTIAL_TITLE);
        assertThat(page.needIds()).isEmpty();
        assertThat(page.visible("#new-need-btn")).as("an enterprise posts needs").isTrue();
        assertThat(page.visible("#import-form")).isTrue();
        page.searchNeeds(OWN_TITLE);
        page.pickNeed(OWN);
        assertThat(page.errorShown()).as("error on its own need: %s", page.errorText()).isFalse();
        assertThat(page.visible("#edit-need-btn")).as("its own need can be edited").isTrue();
        assertThat(page.candidates()).isNotEmpty();
        assertThat(page.visibleCount(".feedback")).as("feedback is for brokers").isZero();
        Browser.screenshot(driver, "09-enterprise");

        page.switchKey(DemoApi.PLATFORM_KEY);
        assertThat(page.errorShown()).as("error after switching: %s", page.errorText()).isFalse();
        assertThat(page.roleBadge()).contains("平台");
        DemoApi platform = new DemoApi(baseUrl, DemoApi.PLATFORM_KEY);
        assertThat(page.needIds()).containsExactlyElementsOf(ids(platform.get("/needs?status=open&size=10")))
                .doesNotContain(OTHERS_CONFIDENTIAL);
        assertThat(page.visible("#new-need-btn")).as("a platform is read-only").isFalse();
        assertThat(page.visible("#import-form")).isFalse();
        page.searchNeeds(OWN_TITLE);
        page.pickNeed(OWN);
        assertThat(page.visible("#edit-need-btn")).isFalse();
        assertThat(page.visible("#close-need-btn")).isFalse();
        assertThat(page.candidates()).as("platforms match public needs").isNotEmpty();
        assertThat(page.visibleCount(".feedback")).isZero();
        Browser.screenshot(driver, "10-platform");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }
}
