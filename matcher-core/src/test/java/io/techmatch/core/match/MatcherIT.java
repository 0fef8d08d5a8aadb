package io.techmatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MatcherIT {
    private static MatchFixture fx;

    @BeforeAll
    static void load() {
        fx = MatchFixture.load();
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    private static List<String> ids(MatchResult r) {
        return r.candidates().stream().map(Candidate::orgId).toList();
    }

    @Test
    void ranksBatteryPartnersForTheNeedWithTransparentScores() {
        MatchResult r = fx.matcher.matchNeed("SYN-NEED-1", MatchOptions.defaults());
        assertThat(r.needId()).isEqualTo("SYN-NEED-1");
        assertThat(r.emptyReason()).isNull();
        assertThat(r.total()).isGreaterThanOrEqualTo(r.candidates().size());
        // the fast-charging electrolyte and thermal-management patents, plus a co-applicant of the demander's chain
        assertThat(ids(r).get(0)).isEqualTo("SYN-ORG-SJTU");
        assertThat(ids(r).indexOf("SYN-ORG-SJTU")).isLessThan(ids(r).indexOf("SYN-ORG-CAS"));
        for (Candidate c : r.candidates()) {
            assertThat(c.features().keySet()).containsExactlyElementsOf(Feature.ALL);
            assertThat(c.features().values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
            double sum = c.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(c.score()).isCloseTo(sum, within(1e-9));
            c.features().forEach((k, v) -> assertThat(c.contributions().get(k))
                    .isCloseTo(fx.matcher.settings().weights().asMap().get(k) * v, within(1e-12)));
        }
        for (int i = 1; i < r.candidates().size(); i++) {
            assertThat(r.candidates().get(i).rank()).isEqualTo(i + 1);
            assertThat(r.candidates().get(i - 1).score()).isGreaterThanOrEqualTo(r.candidates().get(i).score());
        }
        Candidate sjtu = r.candidates().get(0);
        assertThat(sjtu.regionName()).isEqualTo("徐汇区");
        assertThat(sjtu.evidence()).extracting(EvidenceRef::id).contains("SYN-CN0001");
        assertThat(sjtu.experts()).extracting(ExpertRef::id).containsExactly("SYN-EXP-1");
        assertThat(sjtu.features().get(Feature.TRACK_RECORD)).isPositive(); // accepted feedback on an older need
    }

    @Test
    void relationalFeaturesComeFromTheGraph() {
        MatchResult r = fx.matcher.matchNeed("SYN-NEED-1", MatchOptions.defaults().withLimit(50));
        Candidate bat = find(r, "SYN-ORG-BATFIRM");
        assertThat(bat.features().get(Feature.PROXIMITY)).as("direct co-applicant of the demander").isGreaterThanOrEqualTo(0.6);
        assertThat(bat.features().get(Feature.CHAIN)).as("battery industry supplies NEV makers").isEqualTo(1.0);
        assertThat(bat.features().get(Feature.REGION)).as("Ningbo vs Hefei: both in the YRD").isEqualTo(0.4);
        Candidate sjtu = find(r, "SYN-ORG-SJTU");
        assertThat(sjtu.features().get(Feature.PROXIMITY)).as("two hops via BATFIRM").isGreaterThan(0).isLessThan(0.6);
        assertThat(sjtu.features().get(Feature.ACADEMIA_EXPERIENCE)).as("co-applied with firms").isPositive();
        Candidate cas = find(r, "SYN-ORG-CAS");
        assertThat(cas.features().get(Feature.REGION)).as("same city as the demander").isEqualTo(1.0);
        assertThat(cas.features().get(Feature.RECENCY)).isLessThan(sjtu.features().get(Feature.RECENCY));
        assertThat(cas.features().get(Feature.TRACK_RECORD)).as("solved a similar need").isPositive();
        Candidate bj = find(r, "SYN-ORG-BJ");
        assertThat(bj.features().get(Feature.REGION)).isZero();
        assertThat(bj.features().get(Feature.TRACK_RECORD)).as("only a rejection").isZero();
        Candidate zju = find(r, "SYN-ORG-ZJU");
        assertThat(zju.features().get(Feature.IPC)).as("covers G06N and B60L of H01M/B60L/G06N").isCloseTo(2 / 3.0, within(1e-9));
        assertThat(ids(r)).as("found through its IPC profile alone").contains("SYN-ORG-PROFILE");
    }

    @Test
    void sameQueryTwiceGivesTheSameRanking() {
        MatchResult a = fx.matcher.matchNeed("SYN-NEED-1", MatchOptions.defaults().withLimit(50));
        MatchResult b = fx.matcher.matchNeed("SYN-NEED-1", MatchOptions.defaults().withLimit(50));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void weightsComeFromSettingsAndEqualScoresAreOrderedById() {
        FeatureWeights regionOnly = new FeatureWeights(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0);
        Matcher byRegion = new Matcher(fx.graph, fx.index, fx.matcher.settings().withWeights(regionOnly));
        MatchResult r = byRegion.matchNeed("SYN-NEED-1", MatchOptions.defaults().withLimit(50));
        // both Hefei organizations score exactly 1 (same city as the demand): the smaller id comes first
        assertThat(ids(r).subList(0, 2)).containsExactly("SYN-ORG-CAS", "SYN-ORG-LIMINE");
        assertThat(r.candidates().get(0).score()).isEqualTo(1.0).isEqualTo(r.candidates().get(1).score());
        assertThat(r.candidates().get(2).score()).isLessThan(1.0);
    }

    @Test
    void excludesTheDemanderAndItsBranchUnlessAsked() {
        MatchResult r = fx.matcher.matchNeed("SYN-NEED-1", MatchOptions.defaults().withLimit(50));
        assertThat(ids(r)).doesNotContain("SYN-ORG-DEMANDER", "SYN-ORG-DEMANDER-NJ");
        Filters keep = new Filters(null, null, null, null, false, 0, null);
        MatchResult all = fx.matcher.matchNeed("SYN-NEED-1", MatchOptions.defaults().withLimit(50).withFilters(keep));
        assertThat(ids(all)).contains("SYN-ORG-DEMANDER-NJ");
    }

    @Test
    void filtersByRegionTypeEvidenceAndActivity() {
        MatchOptions base = MatchOptions.defaults().withLimit(50);
        MatchResult jiangsu = fx.matcher.matchNeed("SYN-NEED-1",
                base.withFilters(new Filters(Set.of("32"), null, null, null, true, 0, null)));
        assertThat(ids(jiangsu)).isNotEmpty().allSatisfy(id -> assertThat(id).isIn("SYN-ORG-NJU", "SYN-ORG-NEVPARTNER", "SYN-ORG-PROFILE"));
        MatchResult notBeijing = fx.matcher.matchNeed("SYN-NEED-1",
                base.withFilters(new Filters(null, Set.of("11"), null, null, true, 0, null)));
        assertThat(ids(notBeijing)).doesNotContain("SYN-ORG-BJ").contains("SYN-ORG-SJTU");
        MatchResult academic = fx.matcher.matchNeed("SYN-NEED-1",
                base.withFilters(new Filters(null, null, Set.of("university", "institute"), null, true, 0, null)));
        assertThat(academic.candidates()).isNotEmpty().allSatisfy(c -> assertThat(c.type()).isIn("university", "institute"));
        MatchResult evidenced = fx.matcher.matchNeed("SYN-NEED-1",
                base.withFilters(new Filters(null, null, null, null, true, 2, null)));
        assertThat(evidenced.candidates()).isNotEmpty().allSatisfy(c -> assertThat(c.evidence().size()).isGreaterThanOrEqualTo(2));
        assertThat(ids(fx.matcher.matchNeed("SYN-NEED-1", base))).contains("SYN-ORG-CAS", "SYN-ORG-LIMINE");
        MatchResult recent = fx.matcher.matchNeed("SYN-NEED-1",
                base.withFilters(new Filters(null, null, null, null, true, 0, 2022)));
        assertThat(ids(recent)).doesNotContain("SYN-ORG-CAS", "SYN-ORG-LIMINE").contains("SYN-ORG-SJTU", "SYN-ORG-NJU");
    }

    @Test
    void contradictoryFiltersAreRejectedWithAMessage() {
        assertThatThrownBy(() -> fx.matcher.matchNeed("SYN-NEED-1", MatchOptions.defaults().withFilters(
                new Filters(Set.of("3201"), Set.of("32"), null, null, true, 0, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3201").hasMessageContaining("32");
        assertThatThrownBy(() -> fx.matcher.matchNeed("SYN-NEED-1", MatchOptions.defaults().withFilters(
                new Filters(Set.of("9999"), null, null, null, true, 0, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9999");
        assertThatThrownBy(() -> fx.matcher.matchNeed("SYN-NEED-1", MatchOptions.defaults().withLimit(10_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    }

    @Test
    void preferredTypeAndRegionPreferenceChangeOnlyTheirFeatures() {
        MatchOptions near = MatchFixture.options(Filters.none(), RegionPreference.NEAR, Set.of(), 50);
        MatchOptions firms = MatchFixture.options(Filters.none(), RegionPreference.YRD, Set.of("firm"), 50);
        Candidate a = find(fx.matcher.matchNeed("SYN-NEED-1", near), "SYN-ORG-BATFIRM");
        Candidate b = find(fx.matcher.matchNeed("SYN-NEED-1", firms), "SYN-ORG-BATFIRM");
        assertThat(a.features().get(Feature.ORG_TYPE)).isZero();
        assertThat(b.features().get(Feature.ORG_TYPE)).isEqualTo(1.0);
        assertThat(b.features().get(Feature.REGION)).isEqualTo(1.0);
        assertThat(b.features().get(Feature.TEXT)).isEqualTo(a.features().get(Feature.TEXT));
    }

    @Test
    void badInputFollowsTheIssue() {
        assertThatThrownBy(() -> fx.matcher.matchNeed("NO-SUCH-NEED", MatchOptions.defaults()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("NO-SUCH-NEED");
        assertThatThrownBy(() -> fx.matcher.matchNeed("SYN-NEED-CONF", MatchOptions.defaults()))
                .isInstanceOf(NotFoundException.class);
        MatchOptions conf = new MatchOptions(null, null, null, 0, 10, true);
        assertThat(fx.matcher.matchNeed("SYN-NEED-CONF", conf).candidates()).isNotEmpty();
        MatchResult blank = fx.matcher.matchText(new MatchRequest("   ", null, null, null, null));
        assertThat(blank.candidates()).isEmpty();
        assertThat(blank.emptyReason()).isNotBlank();
        MatchResult noise = fx.matcher.matchText(new MatchRequest("！！！……", null, null, null, null));
        assertThat(noise.candidates()).isEmpty();
        assertThat(noise.emptyReason()).isNotBlank();
        // SYN-NEED-2 has no POSTED edge: its demander is not in the graph, and it still matches
        MatchResult orphan = fx.matcher.matchNeed("SYN-NEED-2", MatchOptions.defaults());
        assertThat(ids(orphan)).contains("SYN-ORG-NJU");
        assertThat(orphan.candidates()).allSatisfy(c -> assertThat(c.features().get(Feature.PROXIMITY)).isZero());
    }

    @Test
    void freeTextWithContextUsesTheContextOrganization() {
        MatchRequest req = new MatchRequest("动力电池快充电解液", "SYN-ORG-DEMANDER", null, null,
                MatchOptions.defaults().withLimit(50));
        MatchResult r = fx.matcher.matchText(req);
        assertThat(r.needId()).isNull();
        assertThat(ids(r)).doesNotContain("SYN-ORG-DEMANDER").contains("SYN-ORG-SJTU", "SYN-ORG-BATFIRM");
        assertThat(find(r, "SYN-ORG-BATFIRM").features().get(Feature.PROXIMITY)).isPositive();
        assertThat(find(r, "SYN-ORG-CAS").features().get(Feature.REGION)).as("region from the demander").isEqualTo(1.0);
        MatchResult unknownContext = fx.matcher.matchText(new MatchRequest("动力电池快充电解液", "SYN-ORG-NOBODY", "9999",
                null, null));
        assertThat(unknownContext.candidates()).isNotEmpty();
    }

    @Test
    void pagesAreSlicesOfOneRanking() {
        MatchResult all = fx.matcher.matchNeed("SYN-NEED-1", MatchOptions.defaults().withLimit(50));
        MatchResult second = fx.matcher.matchNeed("SYN-NEED-1", new MatchOptions(null, null, null, 2, 2, false));
        assertThat(ids(second)).isEqualTo(ids(all).subList(2, 4));
        assertThat(second.candidates().get(0).rank()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(all.total());
        MatchResult beyond = fx.matcher.matchNeed("SYN-NEED-1", new MatchOptions(null, null, null, 500, 5, false));
        assertThat(beyond.candidates()).isEmpty();
        assertThat(beyond.emptyReason()).contains("offset");
    }

    static Candidate find(MatchResult r, String orgId) {
        return r.candidates().stream().filter(c -> c.orgId().equals(orgId)).findFirst()
                .orElseThrow(() -> new AssertionError(orgId + " not in " + ids(r)));
    }
}
