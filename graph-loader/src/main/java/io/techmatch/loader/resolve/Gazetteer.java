package io.techmatch.loader.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Province and city names with their division codes, for finding the region an organization name or address
 * mentions. Districts are left out on purpose: names like 鼓楼区 repeat across cities and would mislead.
 */
public final class Gazetteer {
    /** A place: division code, full name, level, and its province's code and name. */
    public record Place(String code, String name, String level, String provinceCode, String provinceName) {
    }

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("[(（]([^()（）]{2,8})[)）]");

    private final Map<String, Place> byCode = new HashMap<>();
    private final List<Map.Entry<String, Place>> names = new ArrayList<>();

    /** Adds a province (2-digit code) or city (4-digit code); cities must come after their province. */
    public Gazetteer add(String code, String name) {
        if (name == null || name.isBlank() || name.equals("市辖区") || name.equals("县") || name.contains("直辖")) {
            return this;
        }
        boolean province = code.length() == 2;
        Place parent = byCode.get(code.substring(0, 2));
        Place place = new Place(code, name, province ? "province" : "city", code.substring(0, 2),
                province ? name : parent == null ? null : parent.name());
        byCode.put(code, place);
        names.add(Map.entry(name, place));
        String shortName = shortName(name);
        if (shortName.length() >= 2 && !shortName.equals(name)) {
            names.add(Map.entry(shortName, place));
        }
        // longest names first, so 南京市 beats 南京 and 内蒙古 beats nothing shorter
        names.sort(Comparator.comparingInt((Map.Entry<String, Place> e) -> -e.getKey().length()));
        return this;
    }

    public Optional<Place> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    static String shortName(String name) {
        return name.replaceAll("(维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|地区|省|市|盟)$", "");
    }

    /**
     * The short name (上海, 苏州) of the province or city that {@code text} is exactly, with or without its
     * suffix (上海市, 苏州市); empty for anything else (集团, 中国, 有限合伙).
     */
    public Optional<String> region(String text) {
        for (Map.Entry<String, Place> e : names) {
            if (e.getKey().equals(text)) {
                return Optional.of(shortName(e.getValue().name()));
            }
        }
        return Optional.empty();
    }

    /**
     * The place a name or address mentions: a region in brackets first (东木承阳科技(上海)有限公司), then a name the
     * text starts with (南京五洲制冷集团), then any mention; a city beats its province.
     */
    public Optional<Place> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            Optional<Place> hit = mention(m.group(1), true);
            if (hit.isPresent()) {
                return hit;
            }
        }
        Optional<Place> prefix = mention(text, true);
        return prefix.isPresent() ? prefix : mention(text, false);
    }

    private Optional<Place> mention(String text, boolean prefixOnly) {
        Place best = null;
        for (Map.Entry<String, Place> e : names) {
            boolean hit = prefixOnly ? text.startsWith(e.getKey()) : text.contains(e.getKey());
            if (hit && (best == null || best.level().equals("province") && e.getValue().level().equals("city")
                    && e.getValue().provinceCode().equals(best.code()))) {
                best = e.getValue();
            }
            if (best != null && best.level().equals("city")) {
                break;
            }
        }
        if (best != null && best.level().equals("province")) {
            // a city named later in the text refines the province: 江苏省南京市…
            for (Map.Entry<String, Place> e : names) {
                if (e.getValue().level().equals("city") && e.getValue().provinceCode().equals(best.code())
                        && text.contains(e.getKey())) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
