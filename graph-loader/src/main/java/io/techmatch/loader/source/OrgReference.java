package io.techmatch.loader.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.core.graph.GraphModel.Label;
import io.techmatch.core.graph.GraphModel.OrgType;
import io.techmatch.core.graph.GraphModel.Rel;
import io.techmatch.loader.resolve.Gazetteer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Organizations from the reference data: universities, CAS institutes, listed firms and their industries. */
final class OrgReference {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** CAS units that are research bodies; the list also holds administrative offices (办公厅, 分院), left out. */
    private static final Pattern CAS_RESEARCH = Pattern.compile(".*(研究所|研究院|研究中心|植物园|天文台|大学|科学院.{0,8}所)$");

    private final ReadContext context;
    private Map<String, String> fullNameByCode;

    OrgReference(ReadContext context) {
        this.context = context;
    }

    void universities(Path file, RowSink sink) throws IOException {
        JsonNode byProvince = JSON.readTree(file.toFile());
        Path locations = file.resolveSibling("university_location.json");
        JsonNode coords = Files.exists(locations) ? JSON.readTree(locations.toFile()) : JSON.createObjectNode();
        long index = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = byProvince.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> province = it.next();
            String provinceName = context.resolver().gazetteer().find(province.getKey())
                    .map(Gazetteer.Place::provinceName).orElse(province.getKey());
            for (JsonNode name : province.getValue().path("all")) {
                Origin origin = new Origin(file, ++index);
                sink.read(64);
                Map<String, Object> extra = new HashMap<>();
                extra.put("type", OrgType.UNIVERSITY.code());
                extra.put("province", provinceName);
                JsonNode at = coords.path(name.asText());
                if (at.isArray() && at.size() == 2) {
                    extra.put("lat", at.get(0).asDouble());
                    extra.put("lon", at.get(1).asDouble());
                }
                context.organization(name.asText(), extra, origin, sink);
            }
        }
    }

    void casInstitute(Map<String, String> f, Origin o, RowSink sink) {
        String name = ReferenceReader.text(f, "1");
        if (name == null || !CAS_RESEARCH.matcher(name).matches()) {
            return;
        }
        String shortName = ReferenceReader.text(f, "2");
        Map<String, Object> extra = new HashMap<>();
        if (shortName != null && !shortName.equals(name)) {
            extra.put("aliases", List.of(shortName));
        }
        context.organization(name, extra, o, sink);
    }

    void listedCompany(Map<String, String> f, Origin o, RowSink sink) {
        String full = ReferenceReader.text(f, "fullname");
        String shortName = ReferenceReader.text(f, "name");
        if (full == null) {
            sink.reject(o, "fullname", "missing full name");
            return;
        }
        Map<String, Object> extra = new HashMap<>();
        extra.put("type", OrgType.FIRM.code());
        extra.put("stockCode", ReferenceReader.text(f, "code"));
        extra.put("profile", "上市公司（" + ReferenceReader.text(f, "location") + "）");
        if (shortName != null) {
            extra.put("aliases", List.of(shortName));
        }
        context.organization(full, extra, o, sink);
    }

    /** a_share_stock_info.csv: code, short name, industry, area (= province), …; enriches the listed firms. */
    void stockInfo(Map<String, String> f, Origin o, RowSink sink) {
        String shortName = ReferenceReader.text(f, "1");
        if (shortName == null) {
            sink.reject(o, "name", "missing name");
            return;
        }
        Map<String, Object> extra = new HashMap<>();
        extra.put("type", OrgType.FIRM.code());
        extra.put("stockCode", ReferenceReader.text(f, "0"));
        extra.put("profile", "上市公司，行业：" + ReferenceReader.text(f, "2"));
        String area = ReferenceReader.text(f, "3");
        context.resolver().gazetteer().find(area == null ? "" : area).ifPresent(p -> {
            extra.put("province", p.provinceName());
            extra.put("regionId", p.provinceCode());
        });
        context.organization(shortName.replaceFirst("^(N|\\*?ST)", ""), extra, o, sink);
    }

    void companyIndustry(Map<String, String> f, Origin o, RowSink sink) {
        String company = ReferenceReader.text(f, "company_name");
        String code = ReferenceReader.text(f, "industry_code");
        if (company == null || code == null) {
            sink.reject(o, company == null ? "company_name" : "industry_code", "missing value");
            return;
        }
        // the stock code is the reliable key: short names change (ST, renamings) more often than codes
        String stock = ReferenceReader.text(f, "company_code");
        String fullName = stock == null ? null : fullNameByCode(o.file()).get(stock.replaceAll("\\..*$", ""));
        sink.rel(new RelRow(Rel.IN_INDUSTRY, Label.ORGANIZATION,
                context.resolver().resolve(fullName != null ? fullName : company).id(),
                Label.INDUSTRY, "SW:" + code, Map.of("inferred", false), o));
    }

    private Map<String, String> fullNameByCode(Path companyIndustryFile) {
        if (fullNameByCode == null) {
            fullNameByCode = new HashMap<>();
            Path companies = companyIndustryFile.resolveSibling("company.jsonl");
            if (Files.exists(companies)) {
                try {
                    for (String line : Files.readAllLines(companies)) {
                        JsonNode c = JSON.readTree(line);
                        if (c.hasNonNull("code") && c.hasNonNull("fullname")) {
                            fullNameByCode.put(c.get("code").asText().replaceAll("\\..*$", ""), c.get("fullname").asText());
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("cannot read " + companies, e);
                }
            }
        }
        return fullNameByCode;
    }
}
