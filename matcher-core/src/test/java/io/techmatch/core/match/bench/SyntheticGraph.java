package io.techmatch.core.match.bench;

import io.techmatch.core.graph.CypherResource;
import io.techmatch.core.graph.GraphConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.neo4j.driver.Session;

/**
 * A seeded synthetic graph for the latency benchmark (ids SYN-, names （合成）): regions of the YRD plus Beijing,
 * IPC subclasses with main groups, Shenwan-like industries with upstream links, organizations with a skewed
 * patent count (a few big portfolios, a long tail), co-applications, derived ACTIVE_IN profiles and needs.
 */
final class SyntheticGraph {
    private static final String[] TERMS = {"电池", "电解液", "快充", "热管理", "正极", "负极", "隔膜", "芯片", "封装", "光刻",
            "传感器", "神经网络", "算法", "图像识别", "机器人", "控制器", "电机", "减速器", "抗体", "疫苗", "细胞", "基因",
            "催化剂", "涂层", "复合材料", "石墨烯", "碳纤维", "氢能", "燃料电池", "光伏", "逆变器", "储能", "激光", "光纤",
            "量子", "通信", "雷达", "无人机", "轴承", "数控机床"};
    private static final String[] SUFFIX = {"制备方法", "装置", "系统", "控制方法", "检测方法", "结构"};
    private static final String[] TYPES = {"firm", "firm", "firm", "firm", "university", "institute"};
    private static final int SUBCLASSES = 40;
    private static final int BATCH = 5_000;

    private final Random random = new Random(42);
    private final GraphConnection graph;

    SyntheticGraph(GraphConnection graph) {
        this.graph = graph;
    }

    void generate(int orgs, int patents, int needs) {
        write("taxonomy", taxonomy());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < orgs; i++) {
            int topic = random.nextInt(SUBCLASSES);
            rows.add(Map.of("id", orgId(i), "name", "机构" + i + "（合成）", "type", TYPES[random.nextInt(TYPES.length)],
                    "regionId", city(random.nextInt(15)), "industryId", "SW:" + (topic % 20),
                    "profile", TERMS[topic] + TERMS[(topic + 1) % TERMS.length] + "研发"));
        }
        batched("orgs", rows);
        Map<String, int[]> collab = new TreeMap<>();
        rows = new ArrayList<>();
        for (int i = 0; i < patents; i++) {
            // a skewed applicant: the square of a uniform draw favours low ids (big portfolios)
            int owner = (int) (Math.pow(random.nextDouble(), 2) * orgs);
            int topic = (owner * 7 + random.nextInt(3)) % SUBCLASSES;
            List<String> owners = new ArrayList<>(List.of(orgId(owner)));
            int year = 2010 + random.nextInt(15);
            if (random.nextDouble() < 0.1) {
                int other = random.nextInt(orgs);
                if (other != owner) {
                    owners.add(orgId(other));
                    String a = orgId(Math.min(owner, other));
                    String b = orgId(Math.max(owner, other));
                    int[] c = collab.computeIfAbsent(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a,
                            k -> new int[] {0, year, year});
                    c[0]++;
                    c[1] = Math.min(c[1], year);
                    c[2] = Math.max(c[2], year);
                }
            }
            String t1 = TERMS[topic];
            String t2 = TERMS[(topic + 1 + random.nextInt(3)) % TERMS.length];
            rows.add(Map.of("id", String.format("SYN-CN%08d", i), "title", "一种" + t1 + t2 + "的" + SUFFIX[random.nextInt(SUFFIX.length)],
                    "abstract", "本发明涉及" + t1 + "与" + t2 + "，提高" + TERMS[random.nextInt(TERMS.length)] + "的性能。",
                    "year", year, "ipc", mainGroup(topic, random.nextInt(5)), "owners", owners));
            if (rows.size() == BATCH) {
                batched("patents", rows);
                rows = new ArrayList<>();
            }
        }
        batched("patents", rows);
        rows = new ArrayList<>();
        for (Map.Entry<String, int[]> e : collab.entrySet()) {
            String[] ab = e.getKey().split("\\|");
            String a = ab[0].compareTo(ab[1]) < 0 ? ab[0] : ab[1];
            String b = a.equals(ab[0]) ? ab[1] : ab[0];
            rows.add(Map.of("a", a, "b", b, "count", e.getValue()[0], "firstYear", e.getValue()[1], "lastYear", e.getValue()[2]));
        }
        batched("collaborations", rows);
        io.techmatch.core.graph.OrganizationSummaries.refreshAll(graph);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < orgs; i++) {
            ids.add(orgId(i));
            if (ids.size() == 1000 || i == orgs - 1) {
                write("active-in", Map.of("orgIds", ids));
                ids = new ArrayList<>();
            }
        }
        rows = new ArrayList<>();
        for (int i = 0; i < needs; i++) {
            int topic = random.nextInt(SUBCLASSES);
            String t1 = TERMS[topic];
            String t2 = TERMS[(topic + 1) % TERMS.length];
            rows.add(Map.of("id", needId(i), "title", t1 + t2 + "技术需求", "body", "寻求" + t1 + "和" + t2 + "方面的合作伙伴，解决"
                    + TERMS[random.nextInt(TERMS.length)] + "难题。", "year", 2024, "demander", orgId(random.nextInt(orgs)),
                    "ipc", subclass(topic), "regionId", city(random.nextInt(15)), "industryId", "SW:" + (topic % 20)));
        }
        batched("needs", rows);
    }

    static String orgId(int i) {
        return String.format("SYN-ORG-%06d", i);
    }

    static String needId(int i) {
        return String.format("SYN-NEED-%05d", i);
    }

    private static String subclass(int topic) {
        return String.format("X%02dA", topic);
    }

    private static String mainGroup(int topic, int group) {
        return subclass(topic) + (group + 1) + "/00";
    }

    private static String city(int i) {
        return i < 12 ? String.valueOf(31 + i / 3) + "0" + (1 + i % 3) : "110" + (1 + i % 3);
    }

    private Map<String, Object> taxonomy() {
        List<Map<String, Object>> regions = new ArrayList<>();
        for (String p : List.of("31", "32", "33", "34", "11")) {
            regions.add(region(p, "省" + p + "（合成）", "province", null, !p.equals("11")));
            for (int c = 1; c <= 3; c++) {
                regions.add(region(p + "0" + c, "市" + p + c + "（合成）", "city", p, !p.equals("11")));
            }
        }
        List<Map<String, Object>> ipc = new ArrayList<>();
        List<Map<String, Object>> industries = new ArrayList<>();
        List<List<String>> upstream = new ArrayList<>();
        for (int t = 0; t < SUBCLASSES; t++) {
            ipc.add(Map.of("id", subclass(t), "title", TERMS[t] + "（合成）", "level", "subclass"));
            for (int g = 0; g < 5; g++) {
                ipc.add(Map.of("id", mainGroup(t, g), "title", TERMS[t] + g, "level", "main_group", "parent", subclass(t)));
            }
        }
        for (int i = 0; i < 20; i++) {
            industries.add(Map.of("id", "SW:" + i, "name", "产业" + i + "（合成）"));
            if (i > 0) {
                upstream.add(List.of("SW:" + (i - 1), "SW:" + i));
            }
        }
        return Map.of("regions", regions, "ipc", ipc, "industries", industries, "upstream", upstream);
    }

    private static Map<String, Object> region(String id, String name, String level, String parent, boolean yrd) {
        Map<String, Object> m = new HashMap<>(Map.of("id", id, "name", name, "level", level, "yrd", yrd));
        m.put("parent", parent);
        return m;
    }

    private void batched(String query, List<Map<String, Object>> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            write(query, Map.of("rows", rows.subList(i, Math.min(rows.size(), i + BATCH))));
        }
    }

    private void write(String query, Map<String, Object> params) {
        String cypher = CypherResource.load("/cypher/bench/" + query + ".cypher");
        try (Session s = graph.driver().session(graph.sessionConfig())) {
            s.executeWrite(tx -> tx.run(cypher, params).consume());
        }
    }
}
