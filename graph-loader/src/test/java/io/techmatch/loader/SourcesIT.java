package io.techmatch.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.data.SharedData;
import io.techmatch.core.graph.GraphConnection;
import io.techmatch.core.graph.TestGraph;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reference, technology-market and patent sources, over small files in the shapes of ../shared/data (written for
 * this test under src/test/resources/shared-shape), loaded in order into one graph.
 */
class SourcesIT {
    static GraphConnection graph;
    static Path reports;
    static Path shared;
    static LoadSummary reference;
    static LoadSummary market;
    static LoadSummary patents;
    static LoadSummary sheets;

    @BeforeAll
    static void loadAll() throws Exception {
        shared = Path.of(SourcesIT.class.getResource("/shared-shape").toURI());
        System.setProperty(SharedData.PROPERTY, shared.toString());
        graph = TestGraph.shared();
        TestGraph.wipe(graph);
        reports = TestGraph.newTempDir("sources-it");
        GraphLoader loader = new GraphLoader(graph, new LoaderSettings(100, reports, false));
        reference = loader.load(SourceType.REFERENCE, List.of(shared));
        market = loader.load(SourceType.TECHMARKET, List.of(shared.resolve("techmarket")));
        Path dir = Path.of(SourcesIT.class.getResource("/patents").toURI());
        patents = loader.load(SourceType.PATENTS, List.of(dir.resolve("hthp-sample.json"), dir.resolve("cnki-sample.jsonl")));
        sheets = loader.load(SourceType.PATENTS, List.of(xlsx(reports.resolve("broker.xlsx")), csv(reports.resolve("broker.csv"))));
    }

    @AfterAll
    static void cleanUp() {
        System.clearProperty(SharedData.PROPERTY);
        TestGraph.deleteRecursively(reports);
    }

    @Test
    void referenceDataBecomesHierarchiesOrganizationsAndTheIndustryChain() {
        assertThat(reference.rejected()).isEqualTo(2); // the bad IPC code and the unknown upstream industry
        assertThat(count("MATCH (r:Region) RETURN count(r)")).isEqualTo(7);
        assertThat(count("MATCH (:Region {id:'3101', name:'上海市', level:'city', yrd:true})-[:PART_OF]->(:Region {id:'31'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:IpcClass {id:'F25B30/02', level:'subgroup'})-[:PART_OF]->(:IpcClass {id:'F25B30/00', title:'热泵'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Industry {id:'GB:C3434'})-[:PART_OF]->(:Industry {id:'GB:C343'})-[:PART_OF]->(:Industry {id:'GB:C34'})-[:PART_OF]->(:Industry {id:'GB:C'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Industry {id:'SW:630101'})-[u:UPSTREAM_OF {weight: 3.0}]->(:Industry {id:'SW:640105'}) RETURN count(u)")).isEqualTo(1);
        assertThat(count("MATCH (o:Organization {name:'南京大学', type:'university', province:'江苏省'}) WHERE o.lat > 32 RETURN count(o)")).isEqualTo(1);
        assertThat(count("MATCH (o:Organization {type:'institute'}) WHERE '上海微系统所' IN o.aliases RETURN count(o)")).isEqualTo(1);
        assertThat(count("MATCH (o:Organization) WHERE o.name CONTAINS '办公厅' RETURN count(o)")).isZero();
        // the listed firm arrives from company.jsonl and a_share_stock_info.csv and is merged into one node
        assertThat(count("""
                MATCH (o:Organization {name:'南京华冷制冷设备股份有限公司', stockCode:'900001', province:'江苏省'})-[:IN_INDUSTRY]->(:Industry {id:'SW:640105'})
                WHERE '华冷股份' IN o.aliases RETURN count(o)""")).isEqualTo(1);
    }

    @Test
    void techmarketNeedsAndAchievementsWithInferredOwners() {
        assertThat(market.rejected()).isEqualTo(1);
        assertThat(count("MATCH (n:Need {id:'D9001', deadline:'2022-03-01', postedAt:'2021-03-02'})-[:IN_INDUSTRY]->(:Industry {id:'GB:C'}) RETURN count(n)")).isEqualTo(1);
        assertThat(count("MATCH (:Achievement {id:'A9001'})-[:IN_INDUSTRY]->(:Industry {id:'GB:C3434'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("""
                MATCH (:Organization {name:'东南大学'})-[o:OWNS {inferred: true}]->(:Achievement {id:'A9001'})
                WHERE o.evidence CONTAINS '东南大学专利技术' RETURN count(o)""")).isEqualTo(1);
        assertThat(count("MATCH ()-[o:OWNS]->(:Achievement {id:'A9002'}) RETURN count(o)")).isZero();
    }

    @Test
    void patentExportsWithCoApplicationsAndRejects() throws Exception {
        assertThat(patents.rejected()).isEqualTo(4);
        List<String> report = Files.readAllLines(patents.rejectReports().get(0));
        assertThat(report).anyMatch(l -> l.contains("hthp-sample.json\t3\tIPCR\tunknown IPC code 'F25 B47'"))
                .anyMatch(l -> l.contains("hthp-sample.json\t4\tAPD\tinvalid date"))
                .anyMatch(l -> l.contains("hthp-sample.json\t5\tPN\tmissing id"))
                .anyMatch(l -> l.contains("cnki-sample.jsonl\t2\t-\tbad JSON"));
        // 华冷股份 (short name) and the full name resolve to the same firm, which co-applied twice with 东南大学
        assertThat(count("""
                MATCH (:Organization {name:'南京华冷制冷设备股份有限公司'})-[c:COLLABORATED_WITH]-(:Organization {name:'东南大学'})
                WHERE c.count = 2 AND c.firstYear = 2019 AND c.lastYear = 2020 RETURN count(c)""")).isEqualTo(1);
        assertThat(count("MATCH (:Expert {name:'张三'})-[:INVENTED {order: 1}]->(:Patent {id:'CN900110001B'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Expert {name:'李四'})-[:AFFILIATED_WITH]->(:Organization {name:'南京华冷制冷设备股份有限公司'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Patent {id:'CN900110001B'})-[:CLASSIFIED_AS]->(:IpcClass {id:'F25B30/02', title:'·压缩式热泵'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Organization {name:'浙江大学'})-[:APPLIED_FOR]->(p:Patent {id:'CN900120001A', applicationDate:'2018-07-30'}) RETURN count(p)")).isEqualTo(1);
        assertThat(count("MATCH (:Organization {name:'东南大学'})-[a:ACTIVE_IN]->(:IpcClass {id:'F25B'}) RETURN a.count")).isEqualTo(3);
    }

    @Test
    void spreadsheetAndCsvExportsWithTheSameColumns() {
        assertThat(sheets.rejected()).isZero();
        assertThat(count("MATCH (p:Patent {id:'CN900130001A', applicationDate:'2021-06-08', year: 2021})<-[:APPLIED_FOR]-(o:Organization) RETURN count(o)")).isEqualTo(2);
        assertThat(count("MATCH (p:Patent {id:'CN900130002A', applicationDate:'2020-05-06'}) WHERE p.ipcCodes = ['F25B30/02', 'F24D3/18'] RETURN count(p)")).isEqualTo(1);
    }

    static Path xlsx(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("专利");
            Row header = sheet.createRow(0);
            String[] columns = {"PN", "TITLE", "ANCS", "APD", "IPCR"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("CN900130001A");
            row.createCell(1).setCellValue("一种热泵热水器");
            row.createCell(2).setCellValue("东南大学;浙江大学");
            row.createCell(3).setCellValue(LocalDate.of(2021, 6, 8));
            row.getCell(3).setCellStyle(dateStyle);
            row.createCell(4).setCellValue("F25B30/02");
            wb.write(out);
        }
        return file;
    }

    static Path csv(Path file) throws Exception {
        return Files.writeString(file, "PN,TITLE,ANCS,APD,IPCR\nCN900130002A,一种热泵采暖系统,南京大学,2020/5/6,\"F25B30/02;F24D3/18\"\n");
    }

    private static long count(String cypher) {
        return TestGraph.count(graph, cypher, Map.of());
    }
}
