package io.techmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {
    @Test
    void aShortFirstLineFollowedByMoreTextIsTheDemandsName() {
        QueryText q = QueryText.of("不锈钢杯内表面电解替代工艺\n技术需求：不锈钢内胆处理方式，传统电解产生强酸强碱废料。");
        assertThat(q.name()).isEqualTo("不锈钢杯内表面电解替代工艺");
        // the whole text keeps the name and is cleaned as before
        assertThat(q.text()).startsWith("不锈钢杯内表面电解替代工艺").contains("传统电解").doesNotContain("技术需求");
    }

    @Test
    void textsWithoutANameLineHaveNone() {
        assertThat(QueryText.of("锂电池正极材料回收").name()).isNull();
        assertThat(QueryText.of("锂电池正极材料回收\n").name()).as("nothing after the line").isNull();
        assertThat(QueryText.of("锂电池\n😀……").name()).as("nothing searchable after it").isNull();
        assertThat(QueryText.of("长".repeat(QueryText.MAX_NAME_CHARS + 1) + "\n正文").name())
                .as("a long first line is a sentence of the body").isNull();
        assertThat(QueryText.of(null).name()).isNull();
        assertThat(QueryText.of(null).text()).isEmpty();
    }

    @Test
    void theNameIsCleanedAndBoilerplateOnlyNamesAreDropped() {
        assertThat(QueryText.of("现寻求一种技术：污水除磷\n出水总磷低于0.5mg/L").name()).isEqualTo("污水除磷");
        assertThat(QueryText.of("现寻求一种技术：\n出水总磷低于0.5mg/L").name()).isNull();
        assertThat(QueryText.of("  污水除磷  \r\n出水总磷").name()).isEqualTo("污水除磷");
    }
}
