package io.techmatch.loader.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnerInferenceTest {
    @Test
    void theOwnerNamedBeforeItsPatentOrWorkIsFoundWithEvidence() {
        OwnerInference.Owner owner = OwnerInference.find(
                "在市面上的产品都需要随身佩戴。本产品根据泉州师范学院专利技术（ZL201720001285.X），利用光来听呼吸率。").orElseThrow();
        assertThat(owner.name()).isEqualTo("泉州师范学院");
        assertThat(owner.evidence()).contains("泉州师范学院专利技术");
        assertThat(owner.method()).isEqualTo("text-pattern:owner-before-verb");

        assertThat(OwnerInference.find("该品种由定西市农业科学研究院主持实施，产量高。").orElseThrow().name())
                .isEqualTo("定西市农业科学研究院");
        assertThat(OwnerInference.find("本项目依托甘肃省农业科学院科技创新工程。").orElseThrow().name())
                .isEqualTo("甘肃省农业科学院");
    }

    @Test
    void aBareMentionIsNotOwnership() {
        assertThat(OwnerInference.find("本项目所涉技术已在国内知名高校（例如北京大学、浙江大学等）推广应用。")).isEmpty();
        assertThat(OwnerInference.find("适用于各类工厂。")).isEmpty();
        assertThat(OwnerInference.find(null)).isEmpty();
    }

    @Test
    void exportDatesAreNormalizedAndImpossibleDatesRefused() {
        assertThat(PatentRecords.date("2019/9/5")).isEqualTo("2019-09-05");
        assertThat(PatentRecords.date("20190905")).isEqualTo("2019-09-05");
        assertThat(PatentRecords.date("2019年9月5日")).isEqualTo("2019-09-05");
        assertThat(PatentRecords.date("2019-02-30")).isNull();
        assertThat(PatentRecords.date("next week")).isNull();
    }
}
