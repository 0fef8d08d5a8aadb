package io.techmatch.api.needs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.techmatch.api.ApiIT;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Needs over HTTP against the fixture graph, for each role, with confidential isolation and every error path. */
class NeedApiIT extends ApiIT {

    private List<String> ids(String path, String key, Object... vars) {
        ResponseEntity<String> response = get(path, key, vars);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return JsonPath.read(response.getBody(), "$.items[*].id");
    }

    @Test
    void eachRoleSeesOnlyTheConfidentialNeedsItMay() {
        assertThat(ids("/api/v1/needs", BROKER))
                .containsExactly("NEED-CONF-B", "NEED-CONF-A", "NEED-PUB", "NEED-B-PUB", "NEED-CLOSED");
        assertThat(ids("/api/v1/needs", ENTERPRISE_A))
                .containsExactly("NEED-CONF-A", "NEED-PUB", "NEED-B-PUB", "NEED-CLOSED");
        assertThat(ids("/api/v1/needs", ENTERPRISE_B))
                .containsExactly("NEED-CONF-B", "NEED-PUB", "NEED-B-PUB", "NEED-CLOSED");
        assertThat(ids("/api/v1/needs", PLATFORM)).containsExactly("NEED-PUB", "NEED-B-PUB", "NEED-CLOSED");
        // also when searching for the confidential need's own words
        assertThat(ids("/api/v1/needs?q=固态电解质", PLATFORM)).isEmpty();
        assertThat(ids("/api/v1/needs?q=固态电解质", ENTERPRISE_B)).isEmpty();
        assertThat(ids("/api/v1/needs?q=固态电解质", ENTERPRISE_A)).containsExactly("NEED-CONF-A");
    }

    @Test
    void aConfidentialNeedOfAnotherOrganizationIsNotFound() {
        assertThat(get("/api/v1/needs/NEED-CONF-A", BROKER).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/v1/needs/NEED-CONF-A", ENTERPRISE_A).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(get("/api/v1/needs/NEED-CONF-A", ENTERPRISE_B), HttpStatus.NOT_FOUND);
        assertProblem(get("/api/v1/needs/NEED-CONF-A", PLATFORM), HttpStatus.NOT_FOUND);
        assertProblem(get("/api/v1/needs/NO-SUCH", BROKER), HttpStatus.NOT_FOUND);
    }

    @Test
    void filtersAndPagingAreStable() {
        ResponseEntity<String> needs = get("/api/v1/needs?status=open&region=32&size=1&page=1", BROKER);
        assertThat((Integer) JsonPath.read(needs.getBody(), "$.total")).isEqualTo(2);
        assertThat((List<String>) JsonPath.read(needs.getBody(), "$.items[*].id")).containsExactly("NEED-PUB");
        assertThat((Integer) JsonPath.read(needs.getBody(), "$.size")).isEqualTo(1);
        assertThat(ids("/api/v1/needs?industry=GB:C38", PLATFORM)).containsExactly("NEED-PUB");
        assertThat(ids("/api/v1/needs?status=closed", PLATFORM)).containsExactly("NEED-CLOSED");
        Map<String, Object> first = JsonPath.read(get("/api/v1/needs?q=隔膜", PLATFORM).getBody(), "$.items[0]");
        assertThat(first).containsEntry("demanderOrgId", "ORG-A").containsEntry("demanderName", "南京甲电池有限公司")
                .containsEntry("region", "南京市").containsEntry("industry", "电气机械和器材制造业");
    }

    @Test
    void badPagingAndFiltersAre400WithTheFieldNamed() {
        ResponseEntity<String> tooBig = get("/api/v1/needs?size=101", BROKER);
        assertProblem(tooBig, HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(tooBig.getBody(), "$.errors[*].field")).containsExactly("size");
        assertProblem(get("/api/v1/needs?page=-1", BROKER), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/needs?status=pending", BROKER), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/needs?size=abc", BROKER), HttpStatus.BAD_REQUEST);
    }

    @Test
    void aBrokerCreatesANeedForAnyOrganization() {
        ResponseEntity<String> created = post("/api/v1/needs", BROKER, Map.of("title", "新型钠电池正极",
                "body", "寻找钠离子电池正极材料合作", "demanderOrgId", "ORG-B", "regionId", "31",
                "confidential", true, "deadline", "2026-12-31", "cooperationMethods", List.of("合作开发")));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = JsonPath.read(created.getBody(), "$.id");
        assertThat(created.getHeaders().getLocation()).hasPath("/api/v1/needs/" + id);
        assertThat((String) JsonPath.read(created.getBody(), "$.status")).isEqualTo("open");
        assertThat((String) JsonPath.read(created.getBody(), "$.region")).isEqualTo("上海市");
        assertThat(count("MATCH (:Organization {id: 'ORG-B'})-[:POSTED]->(n:Need {id: $id}) "
                + "WHERE n.confidential RETURN count(n)", Map.of("id", id))).isEqualTo(1);
        assertProblem(get("/api/v1/needs/" + id, ENTERPRISE_A), HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/needs/" + id, ENTERPRISE_B).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anEnterprisePostsOnlyForItsOwnOrganization() {
        ResponseEntity<String> own = post("/api/v1/needs", ENTERPRISE_A, Map.of("title", "需求", "body", "内容"));
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((String) JsonPath.read(own.getBody(), "$.demanderOrgId")).isEqualTo("ORG-A");
        assertProblem(post("/api/v1/needs", ENTERPRISE_A,
                Map.of("title", "需求", "body", "内容", "demanderOrgId", "ORG-B")), HttpStatus.FORBIDDEN);
        assertProblem(post("/api/v1/needs", PLATFORM, Map.of("title", "需求", "body", "内容")), HttpStatus.FORBIDDEN);
    }

    @Test
    void invalidBodiesAre400WithEveryBadField() {
        ResponseEntity<String> response = post("/api/v1/needs", BROKER,
                Map.of("title", "", "deadline", "next week", "cooperationMethods", List.of("")));
        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(response.getBody(), "$.errors[*].field"))
                .contains("title", "body", "deadline");
        ResponseEntity<String> unknown = post("/api/v1/needs", BROKER,
                Map.of("title", "t", "body", "b", "regionId", "99", "demanderOrgId", "ORG-NONE"));
        assertProblem(unknown, HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(unknown.getBody(), "$.errors[*].field"))
                .containsExactly("demanderOrgId", "regionId");
    }

    @Test
    void updateAndCloseBelongToTheBrokerAndThePoster() {
        Map<String, Object> change = Map.of("title", "锂电池隔膜涂覆技术（更新）", "body", "新的描述", "industryId", "GB:C38");
        ResponseEntity<String> updated = call(HttpMethod.PUT, "/api/v1/needs/NEED-PUB", ENTERPRISE_A, change);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((String) JsonPath.read(updated.getBody(), "$.title")).isEqualTo("锂电池隔膜涂覆技术（更新）");
        assertThat((String) JsonPath.read(updated.getBody(), "$.demanderOrgId")).isEqualTo("ORG-A");
        assertThat((String) JsonPath.read(updated.getBody(), "$.regionId")).isNull();
        assertProblem(call(HttpMethod.PUT, "/api/v1/needs/NEED-PUB", ENTERPRISE_B, change), HttpStatus.FORBIDDEN);
        assertProblem(call(HttpMethod.PUT, "/api/v1/needs/NEED-PUB", PLATFORM, change), HttpStatus.FORBIDDEN);
        assertProblem(call(HttpMethod.PUT, "/api/v1/needs/NEED-CONF-A", ENTERPRISE_B, change), HttpStatus.NOT_FOUND);

        assertProblem(post("/api/v1/needs/NEED-PUB/close", ENTERPRISE_B, null), HttpStatus.FORBIDDEN);
        ResponseEntity<String> closed = post("/api/v1/needs/NEED-PUB/close", BROKER, null);
        assertThat((String) JsonPath.read(closed.getBody(), "$.status")).isEqualTo("closed");
        assertProblem(post("/api/v1/needs/NO-SUCH/close", BROKER, null), HttpStatus.NOT_FOUND);
    }

    @Test
    void importTakesJsonLinesAndReportsEachRejectedLine() {
        String body = """
                {"id": "NEED-PUB", "title": "锂电池隔膜（导入更新）", "body": "更新"}
                {"title": "新需求一", "body": "内容一", "regionId": "3201"}
                not json
                {"title": "", "body": "缺标题"}
                {"title": "别人的", "body": "内容", "demanderOrgId": "ORG-B"}
                """;
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", ENTERPRISE_A);
        headers.setContentType(MediaType.parseMediaType("application/x-ndjson"));
        ResponseEntity<String> result = http.exchange("/api/v1/needs/import", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
        assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Integer) JsonPath.read(result.getBody(), "$.created")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(result.getBody(), "$.updated")).isEqualTo(1);
        assertThat((List<Integer>) JsonPath.read(result.getBody(), "$.rejected[*].line")).containsExactly(3, 4, 5);
        assertThat(count("MATCH (n:Need {id: 'NEED-PUB'}) WHERE n.title = '锂电池隔膜（导入更新）' RETURN count(n)",
                Map.of())).isEqualTo(1);

        ResponseEntity<String> array = post("/api/v1/needs/import", BROKER,
                "[{\"title\": \"甲\", \"body\": \"乙\", \"demanderOrgId\": \"ORG-B\"}, 42]");
        assertThat((Integer) JsonPath.read(array.getBody(), "$.created")).isEqualTo(1);
        assertThat((List<Integer>) JsonPath.read(array.getBody(), "$.rejected[*].line")).containsExactly(2);
        assertProblem(post("/api/v1/needs/import", PLATFORM, "[]"), HttpStatus.FORBIDDEN);
    }

    @Test
    void injectionAttemptsAreStoredAndSearchedAsPlainText() {
        String cypher = "x'}) MATCH (n) DETACH DELETE n //";
        String lucene = "title:* OR body:(a AND b)~2 \\";
        String html = "<script>alert(1)</script>";
        long nodesBefore = count("MATCH (n) RETURN count(n)", Map.of());
        ResponseEntity<String> created = post("/api/v1/needs", BROKER,
                Map.of("title", cypher + html, "body", lucene, "demanderOrgId", "ORG-A"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((String) JsonPath.read(created.getBody(), "$.title")).isEqualTo(cypher + html);
        String id = JsonPath.read(created.getBody(), "$.id");
        // the query is analyzed text: Cypher and Lucene syntax are words to look for, found in the one need holding them
        assertThat(ids("/api/v1/needs?q={q}", BROKER, cypher)).containsExactly(id);
        assertThat(ids("/api/v1/needs?q={q}", BROKER, lucene)).containsExactly(id);
        assertThat(ids("/api/v1/needs?q={q}", BROKER, "') RETURN 1 //")).isEmpty();
        for (String syntax : List.of("*", "title:*", "?", "\\", "(", "\"", "~", "AND", "a OR", "{!lucene}x")) {
            assertThat(get("/api/v1/needs?q={q}", BROKER, syntax).getStatusCode()).as(syntax).isEqualTo(HttpStatus.OK);
        }
        assertThat(count("MATCH (n) RETURN count(n)", Map.of())).isEqualTo(nodesBefore + 1);
    }

    @Test
    void searchIsFullTextRankedByRelevanceWithFiltersAndPaging() {
        // by date NEED-PUB (2024) would come first; NEED-CLOSED says 电池 as a word in its short title and body
        assertThat(ids("/api/v1/needs?q=电池", BROKER)).containsExactly("NEED-CLOSED", "NEED-PUB");
        ResponseEntity<String> second = get("/api/v1/needs?q=电池&size=1&page=1", BROKER);
        assertThat((Integer) JsonPath.read(second.getBody(), "$.total")).isEqualTo(2);
        assertThat((List<String>) JsonPath.read(second.getBody(), "$.items[*].id")).containsExactly("NEED-PUB");
        assertThat(ids("/api/v1/needs?q=电池&status=open", BROKER)).containsExactly("NEED-PUB");
        assertThat(ids("/api/v1/needs?q=电池&region=32", BROKER)).containsExactly("NEED-PUB");
        // words, not substrings: the analyzer's words are found in any order, with other words between them
        assertThat(ids("/api/v1/needs?q=涂覆 隔膜", PLATFORM)).containsExactly("NEED-PUB");
        // every word must be there: a need about 电池 but not 硫化物 is not found
        assertThat(ids("/api/v1/needs?q=硫化物 电池", BROKER)).isEmpty();
        // words a need was written with after start-up are found at once (the API refreshes the index)
        ResponseEntity<String> created = post("/api/v1/needs", BROKER, Map.of("title", "钠离子电池正极材料",
                "body", "层状氧化物正极", "demanderOrgId", "ORG-B"));
        String id = JsonPath.read(created.getBody(), "$.id");
        assertThat(ids("/api/v1/needs?q=层状氧化物", PLATFORM)).containsExactly(id);
        post("/api/v1/needs/" + id + "/close", BROKER, null);
        assertThat(ids("/api/v1/needs?q=层状氧化物&status=open", PLATFORM)).isEmpty();
    }

    private ResponseEntity<String> upload(String key, String filename, byte[] bytes) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", key);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        return http.exchange("/api/v1/needs/import/file", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }

    @Test
    void importTakesCsvXlsxAndJsonLinesFilesWithFileLineNumbers() throws Exception {
        String csv = "\uFEFFtitle,body,regionId,confidential,cooperationMethods\n"
                + "CSV导入需求,\"内容，带逗号\",3201,是,合作开发;技术转让\n"
                + ",缺标题,,,\n"
                + "CSV第二条,内容,99,否,\n";
        ResponseEntity<String> fromCsv = upload(BROKER, "needs.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(fromCsv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Integer) JsonPath.read(fromCsv.getBody(), "$.created")).isEqualTo(1);
        assertThat((List<Integer>) JsonPath.read(fromCsv.getBody(), "$.rejected[*].line")).containsExactly(3, 4);
        assertThat(count("MATCH (n:Need {title: 'CSV导入需求'})-[:LOCATED_IN]->(:Region {id: '3201'}) "
                + "WHERE n.confidential AND n.body = '内容，带逗号' AND n.cooperationMethods = ['合作开发', '技术转让'] "
                + "RETURN count(n)", Map.of())).isEqualTo(1);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("需求");
            String[][] cells = {{"title", "body", "deadline"}, {"XLSX导入需求", "表格内容", "2026-10-01"},
                    {"XLSX坏日期", "内容", "明年"}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            book.write(xlsx);
        }
        ResponseEntity<String> fromXlsx = upload(ENTERPRISE_A, "需求.xlsx", xlsx.toByteArray());
        assertThat(fromXlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Integer) JsonPath.read(fromXlsx.getBody(), "$.created")).isEqualTo(1);
        assertThat((List<Integer>) JsonPath.read(fromXlsx.getBody(), "$.rejected[*].line")).containsExactly(3);
        assertThat(count("MATCH (:Organization {id: 'ORG-A'})-[:POSTED]->(n:Need {title: 'XLSX导入需求'}) "
                + "WHERE n.deadline = '2026-10-01' RETURN count(n)", Map.of())).isEqualTo(1);

        ResponseEntity<String> fromJsonl = upload(BROKER, "needs.jsonl",
                "{\"title\": \"JSONL导入\", \"body\": \"内容\"}\n".getBytes(StandardCharsets.UTF_8));
        assertThat((Integer) JsonPath.read(fromJsonl.getBody(), "$.created")).isEqualTo(1);

        long needs = count("MATCH (n:Need) RETURN count(n)", Map.of());
        ResponseEntity<String> badHeader = upload(BROKER, "needs.csv",
                "title,price\n甲,1\n".getBytes(StandardCharsets.UTF_8));
        assertProblem(badHeader, HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(badHeader.getBody(), "$.detail")).contains("price");
        assertProblem(upload(BROKER, "needs.exe", new byte[] {1, 2}), HttpStatus.BAD_REQUEST);
        assertProblem(upload(BROKER, "needs.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)),
                HttpStatus.BAD_REQUEST);
        assertProblem(upload(PLATFORM, "needs.csv", csv.getBytes(StandardCharsets.UTF_8)), HttpStatus.FORBIDDEN);
        assertThat(count("MATCH (n:Need) RETURN count(n)", Map.of())).as("nothing written").isEqualTo(needs);
    }

    @Test
    void theCallerEndpointTellsAKeyItsRole() {
        ResponseEntity<String> me = get("/api/v1/me", ENTERPRISE_A);
        assertThat((String) JsonPath.read(me.getBody(), "$.role")).isEqualTo("enterprise");
        assertThat((String) JsonPath.read(me.getBody(), "$.orgId")).isEqualTo("ORG-A");
        assertThat((String) JsonPath.read(get("/api/v1/me", PLATFORM).getBody(), "$.role")).isEqualTo("platform");
        assertProblem(get("/api/v1/me", null), HttpStatus.UNAUTHORIZED);
    }
}
