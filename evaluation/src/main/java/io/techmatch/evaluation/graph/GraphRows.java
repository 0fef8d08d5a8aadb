package io.techmatch.evaluation.graph;

import io.techmatch.core.graph.IpcCodes;
import io.techmatch.core.search.EvidenceDocument;
import io.techmatch.evaluation.dataset.Corpus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The parameter rows of each load statement, computed from the corpus alone (never from judgments). */
record GraphRows(List<Map<String, Object>> regions, List<Map<String, Object>> orgs,
                 List<Map<String, Object>> ipcClasses, List<Map<String, Object>> patents,
                 List<Map<String, Object>> activeIn, List<Map<String, Object>> collaborations) {

    static final Map<String, String> PROVINCE_NAMES = Map.of("31", "上海市", "32", "江苏省", "33", "浙江省", "34", "安徽省",
            "11", "北京市", "44", "广东省");

    static GraphRows of(Corpus corpus, List<EvidenceDocument> docs) {
        List<Map<String, Object>> regions = new ArrayList<>();
        corpus.orgRegions().values().stream().distinct().sorted().forEach(code -> regions.add(Map.of("id", code,
                "name", PROVINCE_NAMES.getOrDefault(code, code), "yrd", code.compareTo("31") >= 0 && code.compareTo("34") <= 0)));
        List<Map<String, Object>> orgs = new ArrayList<>();
        new TreeMap<>(corpus.orgs()).forEach((id, name) -> {
            Map<String, Object> o = new HashMap<>();
            o.put("id", id);
            o.put("name", name);
            o.put("normName", name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
            o.put("type", typeOf(name));
            o.put("regionId", corpus.orgRegions().get(id));
            o.put("contentHash", Integer.toHexString(Objects.hash(id, name, corpus.orgRegions().get(id))));
            orgs.add(o);
        });
        Map<String, Map<String, Object>> ipc = new TreeMap<>();
        List<Map<String, Object>> patents = new ArrayList<>();
        Map<String, Map<String, Object>> pairs = new TreeMap<>();
        for (EvidenceDocument d : docs) {
            List<String> codes = d.ipcCodes().stream().map(IpcCodes::clean).distinct().toList();
            for (String code : codes) {
                for (String c : IpcCodes.withAncestors(code)) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("id", c);
                    row.put("level", IpcCodes.level(c));
                    row.put("parent", IpcCodes.parent(c));
                    row.put("title", null);
                    ipc.putIfAbsent(c, row);
                }
            }
            Map<String, Object> p = new HashMap<>();
            p.put("id", d.id());
            p.put("title", d.title());
            p.put("abstract", d.body());
            p.put("year", d.year());
            p.put("ipcCodes", codes);
            p.put("owners", d.ownerIds());
            p.put("applicants", d.ownerIds().stream().map(o -> corpus.orgs().getOrDefault(o, o)).toList());
            p.put("contentHash", Integer.toHexString(Objects.hash(d.id(), d.title(), d.body(), codes, d.ownerIds())));
            patents.add(p);
            collaborations(d, pairs);
        }
        return new GraphRows(regions, orgs, new ArrayList<>(ipc.values()), patents, activeIn(docs),
                new ArrayList<>(pairs.values()));
    }

    /** firm, university or institute from the name, the way the loaders guess it too. */
    static String typeOf(String name) {
        if (name.contains("大学") || name.contains("学院")) {
            return "university";
        }
        if (name.contains("研究所") || name.contains("研究院") || name.contains("科学院") || name.contains("实验室")) {
            return "institute";
        }
        return "firm";
    }

    @SuppressWarnings("unchecked")
    private static void collaborations(EvidenceDocument d, Map<String, Map<String, Object>> pairs) {
        List<String> owners = d.ownerIds().stream().distinct().sorted().toList();
        for (int i = 0; i < owners.size(); i++) {
            for (int j = i + 1; j < owners.size(); j++) {
                Map<String, Object> c = pairs.computeIfAbsent(owners.get(i) + "|" + owners.get(j), k -> new HashMap<>());
                int year = d.year() == null ? 0 : d.year();
                c.put("a", owners.get(i));
                c.put("b", owners.get(j));
                c.merge("count", 1, (x, y) -> (Integer) x + 1);
                c.merge("firstYear", year, (x, y) -> Math.min((Integer) x, year));
                c.merge("lastYear", year, (x, y) -> Math.max((Integer) x, year));
                List<String> ids = (List<String>) c.computeIfAbsent("patentIds", k -> new ArrayList<String>());
                if (ids.size() < 20) {
                    ids.add(d.id());
                }
            }
        }
    }

    private static List<Map<String, Object>> activeIn(List<EvidenceDocument> docs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        CorpusGraph.profileCounts(docs).forEach((org, codes) -> {
            int total = codes.entrySet().stream().filter(e -> e.getKey().length() == 4).mapToInt(e -> e.getValue()[0]).sum();
            codes.forEach((code, c) -> rows.add(Map.of("orgId", org, "code", code, "count", c[0],
                    "weight", total == 0 ? 0.0 : c[0] / (double) total, "lastYear", c[1])));
        });
        return rows;
    }
}
