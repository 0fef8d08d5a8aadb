package io.techmatch.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryCleanerTest {

    @Test
    void stripsRequestFormulasLabelsContactsAndBudgets() {
        String demand = "技术需求：现寻求一种技术，可以降低不锈钢内胆电解废液。联系人：王先生，电话：0571-88886666，"
                + "手机13812345678，邮箱 wang@example.com。资金预算：50万元，面议";
        String cleaned = QueryCleaner.clean(demand);
        assertThat(cleaned).contains("降低不锈钢内胆电解废液");
        assertThat(cleaned).doesNotContain("寻求", "技术需求", "王先生", "0571", "13812345678", "example.com", "预算",
                "50万", "面议");
    }

    @Test
    void keepsTechnicalNumbersAndModelCodes() {
        String cleaned = QueryCleaner.clean("需要一种直径12mm的超声波换能器，工作频率18K-20KHz，PM2.5过滤效率99%");
        assertThat(cleaned).contains("12mm", "18K-20KHz", "PM2.5", "超声波换能器");
    }

    @Test
    void badInputGivesDefinedResults() {
        assertThat(QueryCleaner.clean(null)).isEmpty();
        assertThat(QueryCleaner.clean("   ")).isEmpty();
        assertThat(QueryCleaner.clean("\uD800电池\uDC00")).isEqualTo("电池");
        assertThat(QueryCleaner.clean("储".repeat(10_000))).hasSize(QueryCleaner.MAX_QUERY_CHARS);
    }

    @Test
    void sanitizeNeverSplitsASurrogatePairAndReportsContent() {
        String text = "a" + "𠀀".repeat(3);
        assertThat(TextSafety.sanitize(text, 2)).isEqualTo("a");
        assertThat(TextSafety.sanitize(text, 3)).isEqualTo("a𠀀");
        assertThat(TextSafety.hasContent("😀！？…")).isFalse();
        assertThat(TextSafety.hasContent("😀5G")).isTrue();
    }
}
