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
    void aMultiPartDemandWithoutIpcClassesIsSplitIntoKeyTermClusters() {
        String text = "面向电动汽车的动力电池系统联合攻关：一是锂电池正极材料与负极材料的包覆改性；"
                + "二是基于神经网络的电池荷电状态估计；三是动力电池热管理系统与快充电解液的安全性。";
        try (var s = fx.graph.driver().session(fx.graph.sessionConfig())) {
            s.run("MERGE (n:Need {id: 'SYN-NEED-MULTI'}) SET n.title = '动力电池系统联合攻关', n.body = $body, "
                    + "n.year = 2024, n.status = 'open', n.confidential = false, n.source = 'fixture'",
                    java.util.Map.of("body", text)).consume();
        }
        try {
            ConsortiumResult r = fx.matcher.consortium("SYN-NEED-MULTI", ConsortiumOptions.defaults());
            assertThat(r.emptyReason()).isNull();
            assertThat(r.facets()).hasSizeBetween(2, ConsortiumBuilder.MAX_FACETS);
            assertThat(r.facets()).allSatisfy(f -> {
                assertThat(f.kind()).isEqualTo("terms");
                assertThat(f.terms()).isNotEmpty().allSatisfy(t -> assertThat(text).contains(t));
                assertThat(f.label()).startsWith(f.terms().get(0));
            });
            List<String> all = r.facets().stream().flatMap(f -> f.terms().stream()).toList();
            assertThat(all).doesNotHaveDuplicates();
            // 神经网络 and 荷电状态 share their patents (SYN-CN0005), so they are one facet; the electrode materials
            // are another part of the demand
            assertThat(facetOf(r, "神经网络")).isNotNull().isEqualTo(facetOf(r, "荷电状态"));
            assertThat(facetOf(r, "正极材料")).isNotNull().isNotEqualTo(facetOf(r, "神经网络"));
            assertThat(r.facets()).filteredOn(f -> f.coveredBy() != null).hasSizeGreaterThanOrEqualTo(2);
            assertThat(fx.matcher.consortium("SYN-NEED-MULTI", ConsortiumOptions.defaults())).isEqualTo(r);
        } finally {
            try (var s = fx.graph.driver().session(fx.graph.sessionConfig())) {
                s.run("MATCH (n:Need {id: 'SYN-NEED-MULTI'}) DETACH DELETE n").consume();
            }
        }
    }

    /** The id of the facet with a term containing {@code word}, or null. */
    private static String facetOf(ConsortiumResult r, String word) {
        return r.facets().stream().filter(f -> f.terms().stream().anyMatch(t -> t.contains(word)))
                .map(ConsortiumResult.Facet::id).findFirst().orElse(null);
    }

    @Test
    void needWithOneIpcClassGetsKeyTermFacets() {
        ConsortiumResult r = fx.matcher.consortium("SYN-NEED-2", ConsortiumOptions.defaults());
        assertThat(r.facets()).isNotEmpty().extracting(ConsortiumResult.Facet::kind).containsOnly("terms");
        assertThat(r.facets()).allSatisfy(f -> assertThat(f.terms()).isNotEmpty());
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
