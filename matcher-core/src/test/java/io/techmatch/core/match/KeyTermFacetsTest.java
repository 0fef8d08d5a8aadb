package io.techmatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyTermFacetsTest {

    @Test
    void keyTermsAreNounPhrasesOfTheDemandBestFirst() {
        List<String> terms = KeyTermFacets.keyTerms("面向新能源汽车的动力电池系统攻关：一是高镍三元正极材料的包覆改性与硅碳负极材料的"
                + "循环寿命提升；二是电池管理系统的荷电状态估计算法与热失控预警；三是电池包轻量化结构设计与铝合金壳体的激光焊接工艺。");
        assertThat(terms).hasSizeLessThanOrEqualTo(KeyTermFacets.MAX_TERMS)
                .contains("硅碳负极材料", "电池管理系统")
                .noneSatisfy(t -> assertThat(t).hasSizeLessThan(2))
                .noneSatisfy(t -> assertThat(t).contains("攻关"));
        assertThat(KeyTermFacets.keyTerms(" ")).isEmpty();
    }

    @Test
    void termsWhoseDocumentsOverlapFormOneFacetOthersStayApart() {
        Map<String, Set<String>> docs = new LinkedHashMap<>();
        docs.put("正极材料", Set.of("P1", "P2", "P3"));
        docs.put("荷电状态", Set.of("P7", "P8"));
        docs.put("负极材料", Set.of("P2", "P3", "P4"));
        docs.put("神经网络", Set.of("P8", "P9"));
        docs.put("无证据术语", Set.of());
        List<KeyTermFacets.Cluster> clusters = KeyTermFacets.cluster(docs, 4);
        assertThat(clusters).extracting(KeyTermFacets.Cluster::terms)
                .containsExactly(List.of("正极材料", "负极材料"), List.of("荷电状态", "神经网络"));
        assertThat(clusters.get(0).docs()).containsExactlyInAnyOrder("P1", "P2", "P3", "P4");
        assertThat(KeyTermFacets.cluster(docs, 1)).hasSize(1);
    }

    @Test
    void disjointTermsAreSeparateFacets() {
        Map<String, Set<String>> docs = new LinkedHashMap<>();
        docs.put("A", Set.of("P1"));
        docs.put("B", Set.of("P2"));
        docs.put("C", Set.of("P3"));
        assertThat(KeyTermFacets.cluster(docs, 4)).hasSize(3);
        assertThat(KeyTermFacets.jaccard(Set.of("P1", "P2"), Set.of("P2", "P3"))).isEqualTo(1 / 3.0);
    }
}
