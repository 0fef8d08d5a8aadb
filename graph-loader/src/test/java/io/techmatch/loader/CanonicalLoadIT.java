package io.techmatch.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.TestGraph;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CanonicalLoadIT {
    static final String GOOD = """
            {"label":"Organization","name":"苏州纳微新材料（苏州）有限公司","type":"firm"}
            {"label":"Organization","name":"浙江大学","type":"university","province":"浙江省","city":"杭州市"}
            {"label":"Organization","name":"苏州纳微新材料有限公司","type":"firm"}
            {"label":"Patent","id":"CN900000001A","title":"一种微球色谱填料的制备方法","year":2019,"ipcCodes":["B01J20/285","C08F2/18"],"applicationDate":"2019-03-01"}
            {"label":"Patent","id":"CN900000002A","title":"一种单分散聚合物微球","year":2021,"ipcCodes":["C08F2/18"]}
            {"rel":"APPLIED_FOR","fromName":"苏州纳微新材料有限公司","to":"CN900000001A","order":1}
            {"rel":"APPLIED_FOR","fromName":"浙江大学","to":"CN900000001A","order":2}
            {"rel":"APPLIED_FOR","fromName":"苏州纳微新材料有限公司","to":"CN900000002A","order":1}
            {"rel":"APPLIED_FOR","fromName":"浙江大学","to":"CN900000002A","order":2}
            {"rel":"CLASSIFIED_AS","from":"CN900000001A","to":"B01J20/285","inferred":false}
            """;

    static GraphConnection graph;
    static Path dir;
    GraphLoader loader;

    @BeforeAll
    static void start() {
        graph = TestGraph.shared();
        dir = TestGraph.newTempDir("canonical-it");
    }

    @AfterAll
    static void cleanUp() {
        TestGraph.deleteRecursively(dir);
    }

    @BeforeEach
    void wipe() {
        TestGraph.wipe(graph);
        loader = new GraphLoader(graph, new LoaderSettings(3, dir, false));
    }

    @Test
    void loadsNodesRelationshipsAndDerivedStructure() throws Exception {
        LoadSummary summary = loader.load(SourceType.CANONICAL, List.of(write("good.jsonl", GOOD)));

        assertThat(summary.read()).isEqualTo(10);
        assertThat(summary.rejected()).isZero();
        // 4 nodes + 5 relationships; the second spelling of the firm updates it (an alias), the APPLIED_FOR rows
        // from either spelling resolve to the one organization
        assertThat(summary.created()).isEqualTo(9);
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(count("MATCH (o:Organization) WHERE o.aliases = ['苏州纳微新材料有限公司'] RETURN count(o)")).isEqualTo(1);
        assertThat(count("MATCH (o:Organization) RETURN count(o)")).isEqualTo(2);
        assertThat(count("MATCH (o:Organization {name:'苏州纳微新材料（苏州）有限公司', province:'江苏省', city:'苏州市'}) RETURN count(o)"))
                .isEqualTo(1);
        assertThat(count("MATCH (c:IpcClass {id:'B01J20/285', level:'subgroup'}) RETURN count(c)")).isEqualTo(1);
        assertThat(count("""
                MATCH (a:Organization)-[r:COLLABORATED_WITH {count: 2, firstYear: 2019, lastYear: 2021}]->(b:Organization)
                WHERE a.id < b.id RETURN count(r)""")).isEqualTo(1);
        assertThat(count("MATCH (:Organization {name:'浙江大学'})-[r:ACTIVE_IN {count: 2, weight: 1.0}]->(:IpcClass {id:'C08F'}) RETURN count(r)"))
                .isEqualTo(1);
        assertThat(count("MATCH (:Organization {name:'浙江大学'})-[r:ACTIVE_IN {count: 1, weight: 0.5}]->(:IpcClass {id:'B01J20/00'}) RETURN count(r)"))
                .isEqualTo(1);
    }

    @Test
    void reloadingTheSameFileChangesNothingAndAnEditIsAnUpdate() throws Exception {
        Path file = write("good.jsonl", GOOD);
        LoadSummary first = loader.load(SourceType.CANONICAL, List.of(file));
        String before = GraphChecksum.of(graph);

        LoadSummary again = loader.load(SourceType.CANONICAL, List.of(file));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(first.created() + first.updated());
        assertThat(GraphChecksum.of(graph)).isEqualTo(before);

        write("good.jsonl", GOOD.replace("一种单分散聚合物微球", "一种粒径均一的单分散聚合物微球"));
        LoadSummary edited = loader.load(SourceType.CANONICAL, List.of(file));
        assertThat(edited.updated()).isEqualTo(1);
        assertThat(edited.created()).isZero();
        assertThat(count("MATCH (p:Patent {id:'CN900000002A'}) WHERE p.title STARTS WITH '一种粒径均一' RETURN count(p)")).isEqualTo(1);
    }

    @Test
    void aCorrectedFileUpdatesAnOrganizationAndALowerPrecedenceSourceOnlyFillsGaps() throws Exception {
        String original = """
                {"label":"Organization","name":"东木测试新材料有限公司","type":"institute","province":"上海市","city":"上海市","profile":"旧简介"}
                {"label":"Organization","name":"东木测试新材料股份有限公司","type":"firm","city":"南京市","profile":"另一种写法"}
                """;
        Path regions = dir.resolve("Region.csv");
        try (var in = CanonicalLoadIT.class.getResourceAsStream("/demo/Region.csv")) {
            Files.copy(in, regions, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(loader.load(SourceType.CANONICAL, List.of(regions)).rejected()).isZero();
        Path file = write("orgs.jsonl", original);
        LoadSummary first = loader.load(SourceType.CANONICAL, List.of(file));
        assertThat(first.created()).isEqualTo(1);
        // the second spelling in the same load only fills gaps: the first row of the load is the one that counts
        assertThat(org("type")).isEqualTo("institute");
        assertThat(org("city")).isEqualTo("上海市");
        assertThat(count("MATCH (:Organization {name:'东木测试新材料有限公司'})-[:LOCATED_IN]->(r:Region) WHERE r.id STARTS WITH '31' RETURN count(*)")).isEqualTo(1);

        String checksum = GraphChecksum.of(graph);
        LoadSummary again = loader.load(SourceType.CANONICAL, List.of(file));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(GraphChecksum.of(graph)).isEqualTo(checksum);

        // a patent export (lower precedence) names the organization: it infers "firm" from the name, which must
        // not override the canonical type, and it gives no region
        Path patents = dir.resolve("patents.csv");
        Files.writeString(patents, "PN,TITLE,ANCS,APD,IPCR\nCN900990001A,一种测试材料,东木测试新材料有限公司,2020-01-02,C08F2/18\n");
        LoadSummary lower = loader.load(SourceType.PATENTS, List.of(patents));
        assertThat(lower.rejected()).isZero();
        assertThat(org("type")).isEqualTo("institute");
        assertThat(org("profile")).isEqualTo("旧简介");

        // the corrected file (same source, precedence not lower) replaces what it gives, keeps what it does not
        write("orgs.jsonl", original.replace("\"province\":\"上海市\",\"city\":\"上海市\"", "\"province\":\"江苏省\",\"city\":\"苏州市\"")
                .replace("旧简介", "新简介").replace(",\"type\":\"institute\"", ""));
        LoadSummary corrected = loader.load(SourceType.CANONICAL, List.of(file));
        assertThat(corrected.updated()).isEqualTo(1);
        assertThat(corrected.created()).isZero();
        assertThat(org("city")).isEqualTo("苏州市");
        assertThat(org("province")).isEqualTo("江苏省");
        assertThat(org("profile")).isEqualTo("新简介");
        assertThat(org("type")).as("inferred from the name when not given: a firm").isEqualTo("firm");
        // the derived LOCATED_IN follows the corrected region
        assertThat(count("MATCH (:Organization {name:'东木测试新材料有限公司'})-[:LOCATED_IN]->(r:Region) RETURN CASE WHEN collect(r.id) = ['3205'] THEN 1 ELSE 0 END")).isEqualTo(1);

        String correctedChecksum = GraphChecksum.of(graph);
        LoadSummary rerun = loader.load(SourceType.CANONICAL, List.of(file));
        assertThat(rerun.updated()).isZero();
        assertThat(rerun.unchanged()).isEqualTo(2);
        assertThat(GraphChecksum.of(graph)).isEqualTo(correctedChecksum);
    }

    @Test
    void everyLoadRunIsRecordedInTheGraphAndShownByStatusInAnyProcess() throws Exception {
        Path file = write("good.jsonl", GOOD);
        LoadSummary one = loader.load(SourceType.CANONICAL, List.of(file));
        LoadSummary two = loader.load(SourceType.CANONICAL, List.of(file));

        // a new loader, as another process would make, reads the runs from the graph
        GraphStatus status = new GraphLoader(graph, LoaderSettings.defaults()).status(5);
        assertThat(status.lastLoads()).hasSize(2);
        GraphStatus.LoadRun newest = status.lastLoads().get(0);
        GraphStatus.LoadRun oldest = status.lastLoads().get(1);
        assertThat(newest.startedAt()).isGreaterThan(oldest.startedAt());
        assertThat(newest.outcome()).isEqualTo("completed");
        assertThat(newest.source()).isEqualTo("canonical");
        assertThat(newest.files()).containsExactly(file.toAbsolutePath().toString());
        assertThat(newest.fileHashes()).containsExactly(LoadRuns.sha256(file)).allMatch(h -> h.length() == 64);
        assertThat(List.of(newest.read(), newest.created(), newest.updated(), newest.unchanged(), newest.rejected()))
                .containsExactly(two.read(), two.created(), two.updated(), two.unchanged(), two.rejected());
        assertThat(oldest.created()).isEqualTo(one.created());
        assertThat(newest.finishedAt()).isNotNull();
        assertThat(new GraphLoader(graph, LoaderSettings.defaults()).status(1).lastLoads()).hasSize(1);
    }

    private String org(String property) {
        try (var session = graph.driver().session(graph.sessionConfig())) {
            return session.run("MATCH (o:Organization {name: '东木测试新材料有限公司'}) RETURN o[$p]", Map.of("p", property))
                    .single().get(0).asString(null);
        }
    }

    @Test
    void badRowsGoToTheRejectReportAndTheRestLoads() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        String text = String.join("\n",
                "{\"label\":\"Patent\",\"id\":\"CN1\",\"title\":\"好的专利\",\"year\":2020}",
                "{\"label\":\"Patent\",\"id\":\"CN2\",\"title\":",
                "{\"label\":\"Patent\",\"title\":\"没有编号\"}",
                "{\"label\":\"Patent\",\"id\":\"CN3\",\"title\":\"年份错\",\"year\":\"二〇二〇\"}",
                "{\"label\":\"Patent\",\"id\":\"CN4\",\"title\":\"分类号错\",\"ipcCodes\":[\"X99Z1/00\"]}",
                "{\"label\":\"Patent\",\"id\":\"CN5\",\"title\":\"日期错\",\"applicationDate\":\"2020-13-45\"}",
                "{\"rel\":\"APPLIED_FOR\",\"fromName\":\"不存在的公司\",\"to\":\"CN1\"}",
                "");
        byte[] gbk = "{\"label\":\"Patent\",\"id\":\"CN6\",\"title\":\"编码错误的标题\"}\n".getBytes(Charset.forName("GBK"));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[utf8.length + gbk.length];
        System.arraycopy(utf8, 0, all, 0, utf8.length);
        System.arraycopy(gbk, 0, all, utf8.length, gbk.length);
        Files.write(file, all);

        LoadSummary summary = loader.load(SourceType.CANONICAL, List.of(file));

        assertThat(summary.read()).isEqualTo(8);
        assertThat(summary.rejected()).isEqualTo(7);
        assertThat(count("MATCH (p:Patent) RETURN count(p)")).isEqualTo(1);
        assertThat(summary.rejectReports()).hasSize(1);
        List<String> report = Files.readAllLines(summary.rejectReports().get(0));
        assertThat(report.get(0)).isEqualTo("file\tline\tfield\treason");
        assertThat(report).anyMatch(l -> l.endsWith("\t2\t-\t" + l.split("\t")[3]) && l.contains("bad JSON"))
                .anyMatch(l -> l.contains("\t3\tid\tmissing id"))
                .anyMatch(l -> l.contains("\t4\tyear\tnot an integer"))
                .anyMatch(l -> l.contains("\t5\tipcCodes\tunknown IPC code 'X99Z1/00'"))
                .anyMatch(l -> l.contains("\t6\tapplicationDate\tinvalid date"))
                .anyMatch(l -> l.contains("\t7\tAPPLIED_FOR\t"))
                .anyMatch(l -> l.contains("\t8\t-\tnot valid UTF-8"));
    }

    @Test
    void aWhollyUnreadableFileFailsWithOneMessageAndWritesNothing() throws Exception {
        Path good = write("a-good.jsonl", GOOD);
        Path gbk = dir.resolve("b-gbk.jsonl");
        Files.write(gbk, "{\"label\":\"Patent\",\"id\":\"CN7\",\"title\":\"全是国标码\"}\n".repeat(3).getBytes(Charset.forName("GBK")));

        assertThatThrownBy(() -> loader.load(SourceType.CANONICAL, List.of(good, gbk)))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("b-gbk.jsonl").hasMessageContaining("not UTF-8");
        assertThat(count("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n)")).isZero();
    }

    @Test
    void canonicalCsvFilesAreNamedAfterTheirLabelOrType() throws Exception {
        Path orgs = write("Organization.csv", "name,type,aliases\n合肥恒能储电科技有限公司,firm,恒能储电|恒能\n");
        Path pats = write("Patent.csv", "id,title,year,ipcCodes\nCN900000009A,一种磷酸铁锂正极材料,2022,H01M4/58|H01M10/0525\n");
        Path rels = write("APPLIED_FOR.csv", "fromName,to,order\n合肥恒能储电科技股份有限公司,CN900000009A,1\n");

        LoadSummary summary = loader.load(SourceType.CANONICAL, List.of(orgs, pats, rels));

        assertThat(summary.rejected()).isZero();
        assertThat(count("""
                MATCH (o:Organization {name:'合肥恒能储电科技有限公司', city:'合肥市'})-[:APPLIED_FOR {order: 1}]->(p:Patent)
                WHERE p.ipcCodes = ['H01M4/58', 'H01M10/0525'] AND '恒能' IN o.aliases RETURN count(p)""")).isEqualTo(1);
    }

    private static Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static long count(String cypher) {
        return TestGraph.count(graph, cypher, Map.of());
    }
}
