package io.techmatch.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/** A broker explores: reverse matching from an achievement and from an organization, and paths between two nodes. */
final class ExplorationFlow {
    private static final String ACHIEVEMENT = "ACH-D001"; // 高镍正极材料快离子导体包覆技术

    private final WebDriver driver;
    private final String baseUrl;
    private final DemoApi api;

    ExplorationFlow(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.api = new DemoApi(baseUrl);
    }

    void run() throws Exception {
        BrokerFlow.Chosen chosen = new BrokerFlow(driver, baseUrl, null).chooseNeed();
        BrokerPage page = new BrokerPage(driver).open(baseUrl);
        page.login(DemoApi.BROKER_KEY);

        JsonNode fromAchievement = api.get("/achievements/" + ACHIEVEMENT + "/needs?size=10");
        assertThat(fromAchievement.get("items")).as("the demo achievement serves some need").isNotEmpty();
        page.reverseMatch("achievement", ACHIEVEMENT);
        assertThat(page.errorShown()).as("error after a reverse match: %s", page.errorText()).isFalse();
        assertThat(page.reverseNeedIds()).containsExactlyElementsOf(ids(fromAchievement, "needId"));
        List<String> sentences = new ArrayList<>();
        fromAchievement.get("items").forEach(n -> {
            if (n.hasNonNull("explanation")) {
                sentences.add(n.get("explanation").asText().strip());
            }
        });
        assertThat(page.reverseExplanations()).containsExactlyElementsOf(sentences);
        Browser.screenshot(driver, "05-reverse-achievement");

        JsonNode first = fromAchievement.get("items").get(0);
        page.openReverseNeed(first.get("needId").asText());
        assertThat(page.needTitle()).isEqualTo(first.get("title").asText().strip());

        // from an organization, through its profile
        page.searchNeeds(chosen.title());
        page.pickNeed(chosen.needId());
        String top = chosen.matches().get("items").get(0).get("orgId").asText();
        page.openProfile(top);
        page.reverseFromProfile();
        JsonNode fromOrg = api.get("/orgs/" + DemoApi.encode(top) + "/needs?size=10");
        assertThat(page.reverseNeedIds()).containsExactlyElementsOf(ids(fromOrg, "needId"));

        // paths: explaining a partner fills the explorer with the need and the partner
        page.explain(top);
        assertThat(page.pathFrom()).isEqualTo(chosen.needId());
        assertThat(page.pathTo()).isEqualTo(top);
        page.findPaths(chosen.needId(), top, 4);
        assertThat(page.errorShown()).as("error after finding paths: %s", page.errorText()).isFalse();
        JsonNode paths = api.get("/paths?from=" + DemoApi.encode(chosen.needId()) + "&to=" + DemoApi.encode(top)
                + "&maxLength=4").get("paths");
        assertThat(paths).as("the explained partner is reachable").isNotEmpty();
        Set<String> nodes = new LinkedHashSet<>();
        paths.forEach(p -> p.get("nodes").forEach(n -> nodes.add(n.get("id").asText())));
        assertThat(page.pathGraphNodes()).as("cytoscape drew every node of the paths").isEqualTo(nodes.size());
        assertThat(page.pathLines()).hasSize(paths.size());
        assertThat(page.pathLines().get(0)).contains(paths.get(0).get("nodes").get(0).get("name").asText());
        Browser.screenshot(driver, "06-paths");

        // an unknown node: no path, said in words, no error
        page.findPaths(chosen.needId(), "NO-SUCH-NODE", 2);
        assertThat(page.errorShown()).isFalse();
        assertThat(page.pathLines()).isEmpty();
        assertThat(page.pathGraphNodes()).isZero();
    }

    private static List<String> ids(JsonNode page, String field) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get(field).asText()));
        return ids;
    }
}
