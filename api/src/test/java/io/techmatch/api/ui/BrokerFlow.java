package io.techmatch.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.openqa.selenium.WebDriver;

/**
 * A broker's way from a need to an explained, exported shortlist, checked against what the API itself answers.
 * Kept apart from the Spring test class so the same steps can drive any running server.
 */
final class BrokerFlow {
    static final Set<String> FEATURE_LABELS = Set.of("文本相关度", "IPC 分类重合", "行业匹配", "技术证据", "近期活跃度",
            "地理邻近", "产学研合作经验", "地域偏好", "机构类型", "产业链上下游", "成功案例");
    private static final Pattern EM = Pattern.compile("<em>");

    private final WebDriver driver;
    private final String baseUrl;
    private final DemoApi api;
    private final Path downloads;

    BrokerFlow(WebDriver driver, String baseUrl, Path downloads) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.api = new DemoApi(baseUrl);
        this.downloads = downloads;
    }

    /** A demo need whose top partner has an explanation path: the flow needs both. */
    record Chosen(String needId, String title, JsonNode matches, JsonNode explanation) {
    }

    Chosen chooseNeed() throws Exception {
        for (JsonNode need : api.get("/needs?status=open&size=20").get("items")) {
            String id = need.get("id").asText();
            JsonNode matches = api.get("/needs/" + DemoApi.encode(id) + "/matches?size=10");
            if (matches.get("items").isEmpty()) {
                continue;
            }
            String orgId = matches.get("items").get(0).get("orgId").asText();
            JsonNode explanation = api.get("/needs/" + DemoApi.encode(id) + "/matches/" + DemoApi.encode(orgId) + "/explanation");
            if (!explanation.get("paths").isEmpty()) {
                return new Chosen(id, need.get("title").asText(), matches, explanation);
            }
        }
        throw new AssertionError("no open demo need among the first 20 has a match with an explanation path");
    }

    void run() throws Exception {
        Chosen chosen = chooseNeed();
        BrokerPage page = new BrokerPage(driver).open(baseUrl);
        assertThat(page.title()).contains("经纪人工作台");
        assertThat(page.loginHint()).contains("demo-broker-key", "demo-enterprise-key", "demo-platform-key");

        page.login("not-a-key");
        assertThat(page.errorShown()).as("an unknown key is refused visibly").isTrue();
        assertThat(page.errorStatus()).isEqualTo("401");
        assertThat(page.errorText()).contains("API 密钥");

        page.login(DemoApi.BROKER_KEY);
        assertThat(page.errorShown()).as("error after login: %s", page.errorText()).isFalse();
        assertThat(page.needIds()).isNotEmpty();

        page.searchNeeds(chosen.title());
        assertThat(page.needIds()).contains(chosen.needId());
        page.pickNeed(chosen.needId());
        assertThat(page.errorShown()).as("error after picking a need: %s", page.errorText()).isFalse();
        assertThat(page.needTitle()).isEqualTo(chosen.title().strip());
        checkCandidates(page, chosen.matches());
        Browser.screenshot(driver, "01-matches");

        String top = chosen.matches().get("items").get(0).get("orgId").asText();
        checkExplanation(page, top, chosen.explanation());
        Browser.screenshot(driver, "02-explanation");

        checkProfile(page, top);
        checkFeedback(page, chosen.needId(), top);
        checkShortlistExport(page, chosen.matches());
        checkFreeTextExplanation(page, chosen.title());
        page.pickNeed(chosen.needId()); // back to the stored need for the consortium
        assertThat(page.needTitle()).isEqualTo(chosen.title().strip());

        page.buildConsortium();
        assertThat(page.errorShown()).as("error after building a consortium: %s", page.errorText()).isFalse();
        assertThat(page.teams()).as("teams, or the message that none fits").isNotEmpty();

        page.filterOrgType("university");
        assertThat(page.candidates()).allSatisfy(c -> assertThat(c.typeLabel()).isEqualTo("高校"));
        Browser.screenshot(driver, "03-consortium-filtered");

        // the API takes at most 5,000 characters of free text: its problem+json shows with the field named
        page.matchFreeText("热泵".repeat(2_501));
        assertThat(page.errorShown()).as("an over-long text is refused visibly").isTrue();
        assertThat(page.errorStatus()).isEqualTo("400");
        assertThat(page.errorFields()).as("the problem's field errors are listed")
                .anySatisfy(line -> assertThat(line).startsWith("text："));

        checkFreeTextIsEscaped(page, chosen.title());
        checkStoredMarkupIsEscaped(page);
    }

    private void checkCandidates(BrokerPage page, JsonNode matches) {
        List<String> expectedOrder = StreamSupport.stream(matches.get("items").spliterator(), false)
                .map(c -> c.get("orgId").asText()).toList();
        List<BrokerPage.Candidate> shown = page.candidates();
        assertThat(shown).extracting(BrokerPage.Candidate::orgId).as("same partners, same order as the API")
                .containsExactlyElementsOf(expectedOrder);
        assertThat(shown).allSatisfy(c -> {
            assertThat(c.featureLabels()).isNotEmpty();
            assertThat(FEATURE_LABELS).as("Chinese feature labels").containsAll(c.featureLabels());
            assertThat(c.score()).matches("\\d+\\.\\d{3}");
        });
        int marks = 0;
        for (JsonNode candidate : matches.get("items")) {
            for (JsonNode evidence : candidate.path("evidence")) {
                Matcher m = EM.matcher(evidence.path("snippet").asText(""));
                while (m.find()) {
                    marks++;
                }
            }
        }
        assertThat(shown.stream().mapToInt(BrokerPage.Candidate::highlights).sum())
                .as("one highlight per <em> mark in the snippets").isEqualTo(marks);
        assertThat(page.candidatesText()).doesNotContain("<em>");
        assertThat(page.injectedElements()).isZero();
    }

    private void checkExplanation(BrokerPage page, String orgId, JsonNode explanation) {
        page.explain(orgId);
        assertThat(page.errorShown()).as("error after explaining: %s", page.errorText()).isFalse();
        assertThat(page.explainedOrg()).isEqualTo(explanation.get("orgName").asText());
        List<String> sentences = new ArrayList<>();
        Set<String> nodeIds = new LinkedHashSet<>();
        for (JsonNode path : explanation.get("paths")) {
            sentences.add(path.get("sentence").asText().strip());
            path.get("nodes").forEach(n -> nodeIds.add(n.get("id").asText()));
        }
        assertThat(page.sentences()).containsExactlyElementsOf(sentences);
        assertThat(page.graphCanvasDrawn()).as("cytoscape drew the path graph").isTrue();
        assertThat(page.graphNodes()).isEqualTo(nodeIds.size());
    }

    private void checkProfile(BrokerPage page, String orgId) throws Exception {
        JsonNode org = api.get("/orgs/" + DemoApi.encode(orgId));
        page.openProfile(orgId);
        assertThat(page.errorShown()).as("error after opening a profile: %s", page.errorText()).isFalse();
        assertThat(page.profileName()).isEqualTo(org.get("name").asText());
        // the panel lists at most 8 of each
        assertThat(page.profileRows(".collaborator")).isEqualTo(Math.min(8, org.get("collaborators").size()));
        assertThat(page.profileRows(".profile-evidence")).isEqualTo(Math.min(8, org.get("evidence").size()));
    }

    private void checkFeedback(BrokerPage page, String needId, String orgId) throws Exception {
        String reason = "电话沟通，对方有意向";
        assertThat(page.giveFeedback(orgId, "contacted", reason)).startsWith("已记录：已联系");
        JsonNode stored = api.get("/needs/" + DemoApi.encode(needId) + "/feedback");
        JsonNode items = stored.isArray() ? stored : stored.get("items");
        assertThat(items).as("the feedback reached the server").anySatisfy(fb -> {
            assertThat(fb.get("orgId").asText()).isEqualTo(orgId);
            assertThat(fb.get("status").asText()).isEqualTo("contacted");
            assertThat(fb.get("reason").asText()).isEqualTo(reason);
        });
    }

    private void checkShortlistExport(BrokerPage page, JsonNode matches) throws Exception {
        List<JsonNode> picked = new ArrayList<>();
        matches.get("items").forEach(c -> { if (picked.size() < 2) picked.add(c); });
        picked.forEach(c -> page.toggleShortlist(c.get("orgId").asText()));
        assertThat(page.shortlistCount()).isEqualTo(String.valueOf(picked.size()));

        byte[] csv = page.exportedCsv();
        assertThat(csv).as("UTF-8 byte order mark first").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(1 + picked.size());
        assertThat(lines[0]).contains("\"机构名称\"", "\"文本相关度\"", "\"反馈状态\"");
        for (int i = 0; i < picked.size(); i++) {
            assertThat(lines[i + 1]).contains(picked.get(i).get("orgId").asText());
        }
        assertThat(lines[1]).contains("\"已联系\"", "电话沟通");

        page.clickExport();
        Path file = downloads.resolve(page.exportFileName());
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        assertThat(file).as("the browser saved the export").exists();
        assertThat(Files.readAllBytes(file)).isEqualTo(csv);
    }

    /** Markup stored in a need by some platform is shown as the text it is, in the list and in the details. */
    private void checkStoredMarkupIsEscaped(BrokerPage page) throws Exception {
        String marker = "界面转义检查" + System.nanoTime();
        String title = "<img src=x onerror=\"window.__xss=3\">" + marker + "<b>粗体</b>";
        String id = api.post("/needs", Map.of("title", title, "body", "<script>window.__xss=4</script>需要" + marker))
                .get("id").asText();
        page.searchNeeds(marker);
        assertThat(page.needIds()).containsExactly(id);
        page.pickNeed(id);
        assertThat(page.needTitle()).isEqualTo(title);
        assertThat(page.needBody()).startsWith("<script>");
        assertThat(page.jsGlobal("__xss")).as("no script ran").isNull();
        assertThat(page.injectedElements()).isZero();
        Browser.screenshot(driver, "04-escaped-markup");
    }

    /** Free text has no need node: the explanation starts at the text (a labelled text-match hop), as the API says. */
    private void checkFreeTextExplanation(BrokerPage page, String text) throws Exception {
        page.matchFreeText(text);
        assertThat(page.errorShown()).as("error after a free-text match: %s", page.errorText()).isFalse();
        List<String> shown = page.candidates().stream().map(BrokerPage.Candidate::orgId).toList();
        // the page has no filters set yet, so this is exactly the request the page makes
        JsonNode answer = api.post("/match/explanations", java.util.Map.of("text", text, "limit", 10));
        List<String> explained = new ArrayList<>();
        answer.get("explanations").forEach(x -> explained.add(x.get("orgId").asText()));
        assertThat(explained).as("the API explains the partners the page shows, in order").isEqualTo(shown);
        // the first partner with a path (one known only by its profile text has none)
        JsonNode explanation = null;
        for (JsonNode candidate : answer.get("explanations")) {
            explanation = explanation == null && !candidate.get("paths").isEmpty() ? candidate : explanation;
        }
        assertThat(explanation).as("some partner of %s has a free-text path", shown).isNotNull();
        String top = explanation.get("orgId").asText();
        assertThat(explanation.get("paths").get(0).get("edges").get(0).get("type").asText()).isEqualTo("TEXT_MATCH");
        checkExplanation(page, top, explanation);
        Browser.screenshot(driver, "02b-free-text-explanation");
    }

    private void checkFreeTextIsEscaped(BrokerPage page, String title) {
        String attack = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
        page.matchFreeText(attack + " " + title);
        assertThat(page.errorShown()).as("error after a free-text match: %s", page.errorText()).isFalse();
        assertThat(page.needBody()).startsWith(attack);
        assertThat(page.jsGlobal("__xss")).as("no script ran").isNull();
        assertThat(page.injectedElements()).isZero();
    }
}
