package io.techmatch.loader.resolve;

import io.techmatch.core.graph.GraphModel.OrgType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Entity resolution of organization names. Every source maps a printed name to the same key ({@code normName})
 * and id, so the same organization arriving from a patent export, the technology market and the listed-firm data
 * becomes one node. Rules first (width, brackets, company suffixes, CAS short forms, campuses), then a
 * dictionary of known aliases (CAS short names, listed firms' short names).
 */
public final class OrgResolver {
    /** The resolution of one printed name. */
    public record Resolved(String id, String normName, String printed, OrgType type, Gazetteer.Place place) {
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern HOSPITAL = Pattern.compile(".*(医院|卫生院|妇幼保健院)$");
    private static final Pattern LAB = Pattern.compile(".*(实验室)$");
    private static final Pattern UNIVERSITY = Pattern.compile(".*(大学|学院|学校|职业技术学院|高等专科学校)$");
    private static final Pattern INSTITUTE = Pattern.compile(".*(研究所|研究院|科学院|研究中心|设计院|植物园|天文台|工程院)$");
    private static final Pattern AGENCY = Pattern.compile(".*(局|委员会|厅|管理中心|政府|办公室|协会|促进中心)$");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern SUFFIX = Pattern.compile(
            "(股份有限公司|有限责任公司|集团有限公司|集团股份有限公司|控股有限公司|有限公司|股份公司|集团公司|集团|公司)$");
    private static final Pattern CAMPUS = Pattern.compile("^(.+?(大学|学院))[^大学院]{1,8}(校区|分校)$");

    private final Map<String, String> aliases = new HashMap<>();
    private final Gazetteer gazetteer;

    public OrgResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Declares that {@code alias} names the organization {@code canonical} (e.g. 物理所 → 中国科学院物理研究所). */
    public OrgResolver alias(String alias, String canonical) {
        String key = rules(alias);
        String target = rules(canonical);
        if (!key.isEmpty() && !key.equals(target)) {
            aliases.putIfAbsent(key, target);
        }
        if (target.startsWith("中国科学院") && !key.startsWith("中国科学院")) {
            // 宁波材料所 is also written 中科院宁波材料所 / 中国科学院宁波材料所
            String prefixed = rules("中国科学院" + alias);
            if (!prefixed.equals(target)) {
                aliases.putIfAbsent(prefixed, target);
            }
        }
        return this;
    }

    public int aliasCount() {
        return aliases.size();
    }

    public Resolved resolve(String printed) {
        String norm = normalize(printed);
        return new Resolved(idOf(norm), norm, printed.strip(), inferType(BRACKETED.matcher(norm).replaceAll("")), gazetteer.find(
                Normalizer.normalize(printed, Normalizer.Form.NFKC)).orElse(null));
    }

    /** The entity-resolution key: rules, then the alias dictionary. */
    public String normalize(String printed) {
        String key = rules(printed);
        return aliases.getOrDefault(key, key);
    }

    public boolean sameOrganization(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    static String idOf(String normName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(normName.getBytes(StandardCharsets.UTF_8));
            return "ORG-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String rules(String printed) {
        String s = WHITESPACE.matcher(Normalizer.normalize(printed, Normalizer.Form.NFKC)).replaceAll("")
                .toUpperCase(java.util.Locale.ROOT);
        // bracketed parts are regions or forms (上海)(集团)(有限合伙); the name is what is outside them, but a
        // bracketed region names a legally separate company (东木承阳科技(上海)有限公司 is not 东木承阳科技(苏州)有限公司
        // nor 东木承阳科技有限公司), so it stays in the key, unless the name already says it (苏州纳微(苏州)有限公司).
        String region = null;
        java.util.regex.Matcher bracket = BRACKETED.matcher(s);
        while (region == null && bracket.find()) {
            region = gazetteer.region(bracket.group(1)).orElse(null);
        }
        String outside = BRACKETED.matcher(s).replaceAll("");
        if (!outside.isEmpty()) {
            s = outside;
        }
        s = s.replace("中科院", "中国科学院");
        if (s.startsWith("中国科学院") && s.endsWith("所") && !s.endsWith("研究所")) {
            s = s.substring(0, s.length() - 1) + "研究所";
        }
        java.util.regex.Matcher campus = CAMPUS.matcher(s);
        if (campus.matches()) {
            s = campus.group(1);
        }
        String previous;
        do {
            previous = s;
            String stripped = SUFFIX.matcher(s).replaceAll("");
            s = stripped.length() >= 2 ? stripped : s;
        } while (!s.equals(previous));
        return region == null || s.contains(region) ? s : s + "(" + region + ")";
    }

    /** The organization type a name implies; firms are the default. */
    public static OrgType inferType(String name) {
        if (HOSPITAL.matcher(name).matches()) {
            return OrgType.HOSPITAL;
        }
        if (LAB.matcher(name).matches()) {
            return OrgType.LAB;
        }
        if (UNIVERSITY.matcher(name).matches()) {
            return OrgType.UNIVERSITY;
        }
        if (INSTITUTE.matcher(name).matches()) {
            return OrgType.INSTITUTE;
        }
        if (AGENCY.matcher(name).matches()) {
            return OrgType.AGENCY;
        }
        return OrgType.FIRM;
    }

    public Optional<Gazetteer.Place> inferPlace(String nameOrAddress) {
        return gazetteer.find(nameOrAddress);
    }
}
