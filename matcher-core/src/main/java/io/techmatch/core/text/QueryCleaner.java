package io.techmatch.core.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Strips the boilerplate of demand text before it is used as a query: request formulas (现寻求一种技术…), section
 * labels (需求背景：), contact details (names, phones, e-mails, URLs) and budgets (资金预算：面议, 50万元). What remains
 * is the technical problem. The text is never made longer; null gives "".
 */
public final class QueryCleaner {
    /** Queries are cut here: longer demands are rare and the tail is mostly boilerplate. */
    public static final int MAX_QUERY_CHARS = 2_000;

    private static final List<Pattern> REMOVE = List.of(
            // contact details: labelled fields up to the end of the clause, then bare phones, e-mails and URLs
            Pattern.compile("(联系人|联系方式|联系电话|电话|手机|邮箱|e-?mail|微信|qq|传真|地址)\\s*[:：][^。；;，,\\n]*",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"),
            Pattern.compile("(https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<!\\d)(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})(?!\\d)"),
            // budgets: a labelled budget clause, amounts in 万元/元, and 面议/面谈
            Pattern.compile("(资金预算|项目预算|预算金额|预算|经费|拟投入资金|投入资金)\\s*[:：]?[^。；;\\n]*"),
            Pattern.compile("\\d+(\\.\\d+)?\\s*(万元|亿元|万|元)"),
            Pattern.compile("面议|面谈|价格可议"),
            // request formulas and section labels
            Pattern.compile("(现|现在|目前|我们|我司|我公司|公司|企业)?(急需|希望|拟|想|需要)?(寻求|寻找|需求|求购|征集)"
                    + "(一种|一项|一套|一个)?(技术|解决方案|合作|方案)?[，,：:]?"),
            Pattern.compile("(技术需求|需求描述|需求背景|需求要求|需求内容|需求说明|背景|要求|技术指标|预期目标)\\s*[:：]"),
            Pattern.compile("[\"“”]"));
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private QueryCleaner() {
    }

    public static String clean(String demandText) {
        if (demandText == null) {
            return "";
        }
        String text = TextSafety.sanitize(demandText, MAX_QUERY_CHARS);
        for (Pattern p : REMOVE) {
            text = p.matcher(text).replaceAll(" ");
        }
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
