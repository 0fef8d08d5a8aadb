package io.techmatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegionAndFiltersTest {
    private static final RegionIndex REGIONS = new RegionIndex(Map.of(
            "31", new RegionIndex.Region("31", "上海市", "province", null, true),
            "3101", new RegionIndex.Region("3101", "上海市辖区", "city", "31", true),
            "310104", new RegionIndex.Region("310104", "徐汇区", "district", "3101", true),
            "32", new RegionIndex.Region("32", "江苏省", "province", null, true),
            "3201", new RegionIndex.Region("3201", "南京市", "city", "32", true),
            "3205", new RegionIndex.Region("3205", "苏州市", "city", "32", true),
            "11", new RegionIndex.Region("11", "北京市", "province", null, false),
            "1101", new RegionIndex.Region("1101", "北京市辖区", "city", "11", false)));

    @Test
    void relationsFollowTheHierarchy() {
        assertThat(REGIONS.relation("310104", "3101")).isEqualTo(RegionIndex.Relation.SAME_CITY);
        assertThat(REGIONS.relation("3201", "3205")).isEqualTo(RegionIndex.Relation.SAME_PROVINCE);
        assertThat(REGIONS.relation("310104", "3205")).isEqualTo(RegionIndex.Relation.BOTH_YRD);
        assertThat(REGIONS.relation("1101", "3205")).isEqualTo(RegionIndex.Relation.CROSS_REGION);
        assertThat(REGIONS.relation("9999", "3205")).isEqualTo(RegionIndex.Relation.UNKNOWN);
        assertThat(REGIONS.within("310104", "31")).isTrue();
        assertThat(REGIONS.within("3201", "31")).isFalse();
    }

    @Test
    void preferencesScoreTheRelation() {
        assertThat(REGIONS.score("3201", "3201", RegionPreference.NEAR)).isEqualTo(1.0);
        assertThat(REGIONS.score("3205", "3201", RegionPreference.NEAR)).isEqualTo(0.7);
        assertThat(REGIONS.score("310104", "3201", RegionPreference.NEAR)).isEqualTo(0.4);
        assertThat(REGIONS.score("1101", "3201", RegionPreference.NEAR)).isZero();
        assertThat(REGIONS.score("1101", "3201", RegionPreference.YRD)).isZero();
        assertThat(REGIONS.score("310104", "3201", RegionPreference.YRD)).isEqualTo(1.0);
        assertThat(REGIONS.score("310104", "3201", RegionPreference.CROSS_REGION)).isEqualTo(1.0);
        assertThat(REGIONS.score("3205", "3201", RegionPreference.CROSS_REGION)).isEqualTo(0.5);
        assertThat(REGIONS.score("1101", "3201", RegionPreference.CROSS_REGION)).isEqualTo(0.3);
        assertThat(REGIONS.score("3201", "3201", RegionPreference.NONE)).isZero();
        assertThat(REGIONS.score(null, "3201", RegionPreference.NEAR)).isZero();
    }

    @Test
    void contradictoryFiltersAreRejected() {
        assertThatThrownBy(() -> new Filters(Set.of("32"), Set.of("32"), null, null, true, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both required and excluded");
        assertThatThrownBy(() -> new Filters(null, null, Set.of("firm"), Set.of("FIRM"), true, 0, null))
                .hasMessageContaining("firm");
        assertThatThrownBy(() -> new Filters(null, null, Set.of("startup"), null, true, 0, null))
                .hasMessageContaining("startup");
        assertThatThrownBy(() -> new Filters(null, null, null, null, true, -1, null)).hasMessageContaining("minEvidence");
        assertThatThrownBy(() -> new Filters(null, null, null, null, true, 0, 99)).hasMessageContaining("activeSinceYear");
        Filters universities = new Filters(null, null, Set.of("university"), null, true, 0, null);
        assertThatThrownBy(() -> new MatchOptions(universities, null, Set.of("firm"), 0, 10, false))
                .hasMessageContaining("preferred");
        assertThatThrownBy(() -> new MatchOptions(null, null, null, -1, 10, false)).hasMessageContaining("offset");
        assertThat(new Filters(null, null, Set.of("University"), null, true, 0, 2020).orgTypes()).containsExactly("university");
    }
}
