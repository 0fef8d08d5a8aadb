package io.techmatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.techmatch.core.search.EvidenceHit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureCalculatorTest {
    private static final GraphFacts.IndustryLinks LINKS = new GraphFacts.IndustryLinks(
            Map.of("SW:BAT", Set.of("SW:EQ"), "SW:NEV", Set.of("SW:AUTO"), "SW:CELL", Set.of("SW:EQ")),
            Set.of(List.of("SW:BAT", "SW:NEV"), List.of("SW:EQ", "SW:AUTO")));

    private static OrgInfo org(Set<String> industries, List<OrgInfo.IpcActivity> profile) {
        return new OrgInfo("ORG", "组织", "firm", null, "3401", industries, profile);
    }

    @Test
    void ipcIsTheShareOfNeedSubclassesInProfileOrEvidence() {
        OrgInfo o = org(Set.of(), List.of(new OrgInfo.IpcActivity("H01M10/00", 3, 2022)));
        EvidenceHit h = new EvidenceHit("P", "Patent", 1, 1, 0, "", "", List.of("ORG"), List.of("G06N3/08"), 2023);
        EvidenceAggregator.OrgEvidence ev = new EvidenceAggregator.OrgEvidence("ORG", List.of(h), 0.5, 2023);
        assertThat(FeatureCalculator.ipc(List.of("B60L", "G06N", "H01M"), o, ev)).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(FeatureCalculator.ipc(List.of(), o, ev)).isZero();
    }

    @Test
    void industrySharedIsOneAndSharedParentIsHalf() {
        assertThat(FeatureCalculator.industry(Set.of("SW:BAT"), Set.of("SW:BAT"), LINKS)).isEqualTo(1.0);
        assertThat(FeatureCalculator.industry(Set.of("SW:BAT"), Set.of("SW:CELL"), LINKS)).isEqualTo(0.5);
        assertThat(FeatureCalculator.industry(Set.of("SW:BAT"), Set.of("SW:NEV"), LINKS)).isZero();
        assertThat(FeatureCalculator.industry(Set.of(), Set.of("SW:NEV"), LINKS)).isZero();
    }

    @Test
    void chainIsOneForSuppliersAndHalfForCustomers() {
        assertThat(FeatureCalculator.chain(Set.of("SW:BAT"), Set.of("SW:NEV"), LINKS)).isEqualTo(1.0);
        assertThat(FeatureCalculator.chain(Set.of("SW:NEV"), Set.of("SW:BAT"), LINKS)).isEqualTo(0.5);
        // through parents: CELL's parent EQ supplies NEV's parent AUTO
        assertThat(FeatureCalculator.chain(Set.of("SW:CELL"), Set.of("SW:NEV"), LINKS)).isEqualTo(1.0);
        assertThat(FeatureCalculator.chain(Set.of("SW:SOFT"), Set.of("SW:NEV"), LINKS)).isZero();
    }

    @Test
    void recencyFallsLinearlyOverTenYears() {
        assertThat(FeatureCalculator.recency(2024, 2024)).isEqualTo(1.0);
        assertThat(FeatureCalculator.recency(2019, 2024)).isCloseTo(0.5, within(1e-12));
        assertThat(FeatureCalculator.recency(2010, 2024)).isZero();
        assertThat(FeatureCalculator.recency(2025, 2024)).isEqualTo(1.0);
        assertThat(FeatureCalculator.recency(null, 2024)).isZero();
    }

    @Test
    void lastYearIsNullWhenNothingIsDated() {
        OrgInfo undated = org(Set.of(), List.of(new OrgInfo.IpcActivity("H01M", 1, null)));
        assertThat(FeatureCalculator.lastYear(undated, null)).isNull();
        EvidenceAggregator.OrgEvidence ev = new EvidenceAggregator.OrgEvidence("ORG", List.of(), 0, 2021);
        assertThat(FeatureCalculator.lastYear(undated, ev)).isEqualTo(2021);
        assertThat(FeatureCalculator.maxOrNull(2019, null)).isEqualTo(2019);
        assertThat(FeatureCalculator.maxOrNull(2019, 2022)).isEqualTo(2022);
    }

    @Test
    void proximityPrefersDirectCollaboratorsAndCountsCommonNeighbours() {
        double direct = FeatureCalculator.proximity(new GraphFacts.Proximity(1, 0, 0));
        double twoHops = FeatureCalculator.proximity(new GraphFacts.Proximity(2, 1, 1 / Math.log(2)));
        double twoHopsMany = FeatureCalculator.proximity(new GraphFacts.Proximity(2, 3, 3 / Math.log(3)));
        assertThat(direct).isEqualTo(0.6);
        assertThat(twoHops).isLessThan(direct).isGreaterThan(0.3);
        assertThat(twoHopsMany).isGreaterThan(twoHops).isLessThan(0.7);
        assertThat(FeatureCalculator.proximity(GraphFacts.Proximity.NONE)).isZero();
    }

    @Test
    void trackRecordRewardsSolvedAndAcceptedAndPenalisesRejected() {
        assertThat(FeatureCalculator.trackRecord(GraphFacts.TrackRecord.NONE)).isZero();
        double solved = FeatureCalculator.trackRecord(new GraphFacts.TrackRecord(0, 1, 0, 0, 0));
        double accepted = FeatureCalculator.trackRecord(new GraphFacts.TrackRecord(0, 0, 1, 0, 0));
        assertThat(solved).isGreaterThan(accepted).isGreaterThan(0);
        assertThat(FeatureCalculator.trackRecord(new GraphFacts.TrackRecord(0, 0, 1, 0, 2))).isZero();
        assertThat(FeatureCalculator.trackRecord(new GraphFacts.TrackRecord(0, 50, 0, 0, 0))).isLessThanOrEqualTo(1.0);
    }

    @Test
    void affiliatesAreTheDemanderItsStockCodeOrItsBranches() {
        NeedContext need = new NeedContext("N", "t", "t", 2024, "D", "合肥星驰汽车有限公司", "600001", "3401",
                List.of(), Set.of(), 1);
        OrgInfo branch = new OrgInfo("B", "合肥星驰汽车有限公司南京分公司", "firm", null, "3201", Set.of(), List.of());
        OrgInfo listed = new OrgInfo("L", "另一家", "firm", "600001", "3201", Set.of(), List.of());
        OrgInfo other = new OrgInfo("O", "合肥其他汽车有限公司", "firm", null, "3401", Set.of(), List.of());
        assertThat(CandidateRanker.isDemanderOrAffiliate(branch, need)).isTrue();
        assertThat(CandidateRanker.isDemanderOrAffiliate(listed, need)).isTrue();
        assertThat(CandidateRanker.isDemanderOrAffiliate(other, need)).isFalse();
    }
}
