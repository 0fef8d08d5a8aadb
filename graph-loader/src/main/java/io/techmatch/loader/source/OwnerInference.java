package io.techmatch.loader.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the organization an achievement's text names as its owner: "泉州师范学院专利技术", "由东华大学…研制",
 * "依托甘肃省农业科学院". The name is cut on the left at the last function word before it, so "本产品根据泉州师范学院"
 * yields 泉州师范学院. Only phrases that say ownership or authorship count; a bare mention does not.
 */
final class OwnerInference {
    /** An inferred owner with the text span that shows it and the rule that matched. */
    record Owner(String name, String evidence, String method) {
    }

    private static final String ORG = "([\\p{IsHan}（）()]{2,24}?(?:大学|学院|研究所|研究院|科学院|有限公司|研究中心))";
    private static final Pattern AFTER = Pattern.compile(ORG
            + "(?:的)?(?:专利技术|专利|自主研发|研制|研发|选育|育成|主持|承担|完成|开发)");
    private static final Pattern BEFORE = Pattern.compile("(?:由|依托)" + ORG);
    private static final Pattern LEFT_CUT = Pattern.compile(".*(?:根据|采用|利用|基于|本产品|本项目|本成果|该成果|该品种|由|是|经|依托|在|为|和|与|及|从|、|年|号|的)");

    private OwnerInference() {
    }

    static Optional<Owner> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {AFTER, BEFORE}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = LEFT_CUT.matcher(m.group(1)).replaceFirst("");
                if (name.length() >= 4 && !name.startsWith("本") && !name.matches("(国内|国外|知名|各|多所|相关).*")) {
                    int from = Math.max(0, m.start() - 10);
                    int to = Math.min(text.length(), m.end() + 10);
                    return Optional.of(new Owner(name, text.substring(from, to),
                            p == AFTER ? "text-pattern:owner-before-verb" : "text-pattern:by-owner"));
                }
            }
        }
        return Optional.empty();
    }
}
