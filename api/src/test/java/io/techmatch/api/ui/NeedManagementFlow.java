package io.techmatch.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;

/** A broker posts a need, edits it, closes it, and imports a file of needs, all from the page. */
final class NeedManagementFlow {
    private final WebDriver driver;
    private final String baseUrl;
    private final DemoApi api;
    private final Path files;

    NeedManagementFlow(WebDriver driver, String baseUrl, Path files) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.api = new DemoApi(baseUrl);
        this.files = files;
    }

    void run() throws Exception {
        BrokerPage page = new BrokerPage(driver).open(baseUrl);
        page.login(DemoApi.BROKER_KEY);
        String marker = "界面发布" + System.nanoTime();

        page.saveNeed(false, "钠离子电池负极" + marker, "寻求硬碳负极材料合作" + marker, false);
        assertThat(page.errorShown()).as("error after posting: %s", page.errorText()).isFalse();
        String id = page.selectedNeedId();
        assertThat(id).as("the new need is selected in the list").startsWith("NEED-");
        JsonNode posted = api.get("/needs/" + DemoApi.encode(id));
        assertThat(posted.get("title").asText()).isEqualTo("钠离子电池负极" + marker);
        assertThat(page.needTitle()).isEqualTo("钠离子电池负极" + marker);

        page.saveNeed(true, "钠离子电池硬碳负极（修订）" + marker, "修订后的描述" + marker, true);
        JsonNode edited = api.get("/needs/" + DemoApi.encode(id));
        assertThat(edited.get("title").asText()).isEqualTo("钠离子电池硬碳负极（修订）" + marker);
        assertThat(edited.get("confidential").asBoolean()).isTrue();
        assertThat(page.needMeta()).contains("保密需求");

        page.closeNeed();
        assertThat(page.errorShown()).as("error after closing: %s", page.errorText()).isFalse();
        assertThat(api.get("/needs/" + DemoApi.encode(id)).get("status").asText()).isEqualTo("closed");
        assertThat(page.needMeta()).contains("已关闭");
        Browser.screenshot(driver, "07-need-edited-closed");

        String batch = "导入批次" + System.nanoTime();
        Path csv = files.resolve("needs.csv");
        Files.writeString(csv, "title,body,regionId,confidential\n"
                + "光伏组件回收" + batch + ",寻求晶硅组件拆解回收技术,3201,否\n"
                + ",缺少标题的一行,,\n"
                + "氢燃料电池膜电极" + batch + ",寻求低铂膜电极,31,是\n", StandardCharsets.UTF_8);
        page.importFile(csv);
        assertThat(page.errorShown()).as("error after importing: %s", page.errorText()).isFalse();
        assertThat(page.importResult()).contains("新增 2 条", "拒绝 1 条");
        assertThat(page.importRejected()).singleElement().asString().startsWith("第 3 行：");
        assertThat(api.get("/needs?q=" + DemoApi.encode(batch) + "&status=open").get("total").asInt()).isEqualTo(2);
        Browser.screenshot(driver, "08-import");
    }
}
