package io.techmatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConsortiumIT {
    private static MatchFixture fx;

    @BeforeAll
    static void load() {
        fx = MatchFixture.load();
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void teamCoversEveryIpcFacetOfTheNeed() {
        ConsortiumResult r = fx.matcher.consortium("SYN-NEED-1", ConsortiumOptions.defaults());
        assertThat(r.emptyReason()).isNull();
        assertThat(r.facets()).extracting(ConsortiumResult.Facet::id).containsExactly("ipc:B60L", "ipc:G06N", "ipc:H01M");
        assertThat(r.facets()).allSatisfy(f -> assertThat(f.coveredBy()).isNotNull());
        assertThat(r.coverage()).isGreaterThan(0.5);
        assertThat(r.members()).hasSizeBetween(2, 4);
        List<String> memberIds = r.members().stream().map(ConsortiumResult.Member::orgId).toList();
        r.facets().forEach(f -> assertThat(memberIds).contains(f.coveredBy()));
        assertThat(r.members()).filteredOn(m -> m.role().equals("lead")).hasSize(1);
        assertThat(r.sentences()).anySatisfy(s -> assertThat(s).contains("负责「G06N"));
        assertThat(fx.matcher.consortium("SYN-NEED-1", ConsortiumOptions.defaults())).isEqualTo(r);
    }

    @Test
    void constraintsAreRespected() {
        ConsortiumOptions opts = new ConsortiumOptions(2, 3, true, true, true, 12, MatchOptions.defaults());
        ConsortiumResult r = fx.matcher.consortium("SYN-NEED-1", opts);
        assertThat(r.emptyReason()).isNull();
        assertThat(r.members()).hasSizeBetween(2, 3);
        assertThat(r.members().get(0).role()).isEqualTo("lead");
        assertThat(r.members().get(0).type()).isEqualTo("firm");
        assertThat(r.members()).anySatisfy(m -> assertThat(m.type()).isIn("university", "institute", "lab"));
        assertThat(r.members()).noneSatisfy(m -> assertThat(m.orgId()).isEqualTo("SYN-ORG-BJ"));
    }

    @Test
    void needWithOneIpcClassIsSplitIntoKeyTermClauses() {
        ConsortiumResult r = fx.matcher.consortium("SYN-NEED-2", ConsortiumOptions.defaults());
        assertThat(r.facets()).extracting(ConsortiumResult.Facet::kind).containsOnly("terms");
        assertThat(r.facets()).extracting(ConsortiumResult.Facet::label)
                .containsExactly("锂电池电极材料改性", "寻求锂电池负极材料改性与正极材料技术合作");
    }

    @Test
    void impossibleConstraintsGiveAReasonNotAnError() {
        MatchOptions firmsOnly = MatchOptions.defaults().withFilters(
                new Filters(null, null, java.util.Set.of("firm"), null, true, 0, null));
        ConsortiumResult r = fx.matcher.consortium("SYN-NEED-1",
                new ConsortiumOptions(2, 4, true, true, false, 12, firmsOnly));
        assertThat(r.members()).isEmpty();
        assertThat(r.emptyReason()).contains("constraints");
    }
}
