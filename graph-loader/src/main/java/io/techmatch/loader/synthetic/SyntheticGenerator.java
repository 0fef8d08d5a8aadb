package io.techmatch.loader.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A deterministic synthetic dataset in the canonical format, for scale tests and the benchmark. Organization sizes
 * follow a power law (Zipf, s = 1.1), organizations cluster in Yangtze River Delta cities with weights, and
 * co-applicants come from the same city 70% of the time. Everything is labelled: ids start with {@code SYN-},
 * names end with {@code （合成）}.
 */
public final class SyntheticGenerator {
    private static final Logger log = LoggerFactory.getLogger(SyntheticGenerator.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CITIES = {"上海", "苏州", "杭州", "南京", "合肥", "宁波", "无锡", "常州", "嘉兴", "绍兴",
            "南通", "芜湖", "温州", "金华", "扬州", "镇江", "台州", "湖州", "马鞍山", "滁州"};
    private static final int[] CITY_WEIGHTS = {30, 14, 14, 12, 9, 7, 6, 4, 3, 3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1};
    private static final String[] SYLLABLES = ("华 兴 睿 芯 源 泰 恒 科 创 联 瑞 博 宇 晶 达 驰 信 安 盛 远 鼎 智 航 捷 凯 海 天 "
            + "鸿 锐 微 融 致 卓 启 明 新 和 康 正 英 弘 峰 普 赛 汇 元 嘉 乐 通 星 辰 润 德 振 坤 磊 诚 思 勤 越").split(" ");
    private static final String[] DOMAINS = {"新材料", "半导体", "生物医药", "智能装备", "新能源", "电子", "软件", "光电",
            "医疗器械", "环保", "汽车部件", "精密机械", "传感", "通信", "化工", "储能", "机器人", "数据", "检测", "信息"};
    private static final String[] ENDINGS = {"方法", "装置", "系统", "及其制备方法", "结构", "控制方法"};

    private final SyntheticSpec spec;
    private final Vocabulary words;

    public SyntheticGenerator(SyntheticSpec spec) {
        this.spec = spec;
        this.words = Vocabulary.load();
    }

    /** What was written. */
    public record Result(long organizations, long patents, long needs, long rows, List<Path> files) {
        @Override
        public String toString() {
            return organizations + " organizations, " + patents + " patents, " + needs + " needs (" + rows + " rows)";
        }
    }

    public Result write(Path dir) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(spec.seed());
        int[] city = new int[spec.orgs()];
        List<List<Integer>> byCity = new ArrayList<>();
        for (int i = 0; i < CITIES.length; i++) {
            byCity.add(new ArrayList<>());
        }
        long rows = 0;
        Path orgFile = dir.resolve("01-organizations.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(orgFile, StandardCharsets.UTF_8)) {
            for (int i = 0; i < spec.orgs(); i++) {
                city[i] = weighted(random, CITY_WEIGHTS);
                byCity.get(city[i]).add(i);
                line(out, organization(i, city[i], random));
                rows++;
            }
        }
        double[] cumulative = zipf(spec.orgs(), 1.1);
        Path patentFile = dir.resolve("02-patents.jsonl");
        Path linkFile = dir.resolve("03-patent-links.jsonl");
        try (BufferedWriter patents = Files.newBufferedWriter(patentFile, StandardCharsets.UTF_8);
             BufferedWriter links = Files.newBufferedWriter(linkFile, StandardCharsets.UTF_8)) {
            for (int p = 0; p < spec.patents(); p++) {
                String id = String.format("SYN-P%08d", p);
                String[] ipc = words.ipc().get(random.nextInt(words.ipc().size()));
                String term = words.terms().get(random.nextInt(words.terms().size()));
                String title = "一种" + term + "的" + ipc[1] + ENDINGS[random.nextInt(ENDINGS.length)];
                int year = 2005 + random.nextInt(20);
                int first = sample(cumulative, random);
                List<Integer> applicants = new ArrayList<>(List.of(first));
                if (random.nextDouble() < 0.2) {
                    List<Integer> near = byCity.get(city[first]);
                    int partner = random.nextDouble() < 0.7 ? near.get(random.nextInt(near.size())) : sample(cumulative, random);
                    if (partner != first) {
                        applicants.add(partner);
                    }
                }
                Map<String, Object> patent = new LinkedHashMap<>();
                patent.put("label", "Patent");
                patent.put("id", id);
                patent.put("title", title + "（合成）");
                patent.put("abstract", "本发明公开了" + title + "，涉及" + ipc[1] + "技术领域。所述" + term + "通过"
                        + words.terms().get(random.nextInt(words.terms().size())) + "与"
                        + words.terms().get(random.nextInt(words.terms().size())) + "协同设计，提高了性能并降低了成本。（合成数据）");
                patent.put("applicationDate", String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
                patent.put("year", year);
                patent.put("ipcCodes", List.of(ipc[0]));
                line(patents, patent);
                rows++;
                for (int k = 0; k < applicants.size(); k++) {
                    line(links, Map.of("rel", "APPLIED_FOR", "from", orgId(applicants.get(k)), "to", id, "order", k + 1));
                    rows++;
                }
                line(links, Map.of("rel", "CLASSIFIED_AS", "from", id, "to", ipc[0], "inferred", false));
                rows++;
            }
        }
        Path needFile = dir.resolve("04-needs.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(needFile, StandardCharsets.UTF_8)) {
            for (int n = 0; n < spec.needs(); n++) {
                String id = String.format("SYN-N%06d", n);
                String[] ipc = words.ipc().get(random.nextInt(words.ipc().size()));
                String term = words.terms().get(random.nextInt(words.terms().size()));
                line(out, Map.of("label", "Need", "id", id, "title", term + ipc[1] + "技术需求（合成）",
                        "body", "我司需要" + term + "相关的" + ipc[1] + "技术，寻求高校院所合作开发。（合成数据）",
                        "status", "open", "year", 2020 + random.nextInt(5)));
                line(out, Map.of("rel", "POSTED", "from", orgId(sample(cumulative, random)), "to", id));
                line(out, Map.of("rel", "CLASSIFIED_AS", "fromLabel", "Need", "from", id, "to", ipc[0], "inferred", true, "score", 0.5));
                rows += 3;
            }
        }
        Result result = new Result(spec.orgs(), spec.patents(), spec.needs(), rows, List.of(orgFile, patentFile, linkFile, needFile));
        log.info("Synthetic dataset {} from {}: {}", spec, words.origin(), result);
        return result;
    }

    private Map<String, Object> organization(int i, int cityIndex, SplittableRandom random) {
        int n = SYLLABLES.length;
        String word = SYLLABLES[i % n] + SYLLABLES[(i / n) % n] + (i >= n * n ? SYLLABLES[(i / (n * n)) % n] : "")
                + (i >= n * n * n ? String.valueOf(i / (n * n * n)) : "");
        double kind = random.nextDouble();
        String name;
        String type;
        if (kind < 0.03) {
            name = CITIES[cityIndex] + word + DOMAINS[i % DOMAINS.length] + "大学";
            type = "university";
        } else if (kind < 0.06) {
            name = CITIES[cityIndex] + word + DOMAINS[i % DOMAINS.length] + "研究院";
            type = "institute";
        } else {
            name = CITIES[cityIndex] + word + DOMAINS[i % DOMAINS.length] + "科技有限公司";
            type = "firm";
        }
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("label", "Organization");
        org.put("id", orgId(i));
        org.put("name", name + "（合成）");
        org.put("type", type);
        return org;
    }

    static String orgId(int i) {
        return String.format("SYN-ORG-%07d", i);
    }

    private static void line(BufferedWriter out, Map<String, Object> record) throws IOException {
        out.write(JSON.writeValueAsString(record));
        out.write('\n');
    }

    private static int weighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Cumulative Zipf weights: organization i holds a share proportional to 1 / (i + 1)^s. */
    static double[] zipf(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, s);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    static int sample(double[] cumulative, SplittableRandom random) {
        int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
    }
}
