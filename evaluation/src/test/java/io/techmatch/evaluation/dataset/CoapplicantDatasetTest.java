package io.techmatch.evaluation.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CoapplicantDatasetTest {
    @Test
    void oneTopicPerApplicantOfEveryMultiApplicantPatentWithTheHiddenOneAsTheOnlyAnswer() {
        Dataset d = CoapplicantDataset.load(CoapplicantDataset.defaults());
        // 26 hthp patents with 60 applicants in all, and one cnki patent with two
        assertThat(d.topics()).hasSize(62);
        assertThat(d.corpus().documents()).hasSize(127 + 33);
        for (Topic t : d.topics()) {
            Map<String, Integer> judged = d.qrels().forQuery(t.id());
            assertThat(judged).hasSize(1);
            String hidden = judged.keySet().iterator().next();
            assertThat(t.knownOrgIds()).isNotEmpty().doesNotContain(hidden);
            assertThat(t.text()).doesNotContain(d.corpus().orgs().get(hidden));
            assertThat(t.excludeDocIds()).containsExactly(t.id().substring(0, t.id().indexOf('#')));
        }
    }

    @Test
    void orgIdsAreStableHashesOfTheNormalizedName() {
        assertThat(OrgIds.of("中国科学院 过程工程研究所")).isEqualTo(OrgIds.of("中国科学院过程工程研究所"));
        assertThat(OrgIds.of("Ａ公司（上海）")).isEqualTo(OrgIds.of("a公司(上海)"));
        assertThat(OrgIds.of("中南大学")).startsWith("ORG-").hasSize(16);
    }
}
