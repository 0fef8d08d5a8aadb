package io.techmatch.loader.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.graph.GraphModel.OrgType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrgResolverTest {
    /** Without shared data: rules plus techmatch's own alias list, the weakest configuration we ship. */
    final OrgResolver resolver = Dictionaries.resolver(Optional.empty());

    @Test
    void precisionOnTheHandLabelledPairs() throws Exception {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> errors = new ArrayList<>();
        for (String line : pairs()) {
            String[] f = line.split("\t");
            boolean same = f[2].equals("1");
            boolean predicted = resolver.sameOrganization(f[0], f[1]);
            if (predicted && same) {
                tp++;
            } else if (predicted) {
                fp++;
                errors.add("false merge: " + f[0] + " = " + f[1]);
            } else if (same) {
                fn++;
                errors.add("missed: " + f[0] + " = " + f[1]);
            } else {
                tn++;
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("Entity resolution on %d labelled pairs: precision %.3f, recall %.3f (tp %d, fp %d, fn %d, tn %d)%n%s%n",
                tp + fp + fn + tn, precision, recall, tp, fp, fn, tn, String.join("\n", errors));
        assertThat(tp + fp + fn + tn).isGreaterThanOrEqualTo(40);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void typeAndRegionAreInferredFromTheName() {
        OrgResolver.Resolved shanghai = resolver.resolve("东木承阳科技(上海)有限公司");
        assertThat(shanghai.type()).isEqualTo(OrgType.FIRM);
        assertThat(shanghai.place().provinceName()).isEqualTo("上海市");

        OrgResolver.Resolved nanjing = resolver.resolve("南京五洲制冷集团");
        assertThat(nanjing.place().name()).isEqualTo("南京市");
        assertThat(nanjing.place().provinceName()).isEqualTo("江苏省");

        assertThat(resolver.resolve("中国科学院合肥物质科学研究院").type()).isEqualTo(OrgType.INSTITUTE);
        assertThat(resolver.resolve("中国科学院合肥物质科学研究院").place().name()).isEqualTo("合肥市");
        assertThat(resolver.resolve("浙江大学紫金港校区").type()).isEqualTo(OrgType.UNIVERSITY);
        assertThat(resolver.resolve("之江实验室").type()).isEqualTo(OrgType.LAB);
        assertThat(resolver.resolve("复旦大学附属中山医院").type()).isEqualTo(OrgType.HOSPITAL);
        assertThat(resolver.resolve("江苏省科学技术厅").type()).isEqualTo(OrgType.AGENCY);
        assertThat(resolver.resolve("江苏省苏州市某某科技有限公司").place().name()).isEqualTo("苏州市");
    }

    @Test
    void subsidiariesWithARegionInBracketsAreSeparateOrganizationsEachWithItsRegion() {
        OrgResolver.Resolved shanghai = resolver.resolve("东木承阳科技(上海)有限公司");
        OrgResolver.Resolved suzhou = resolver.resolve("东木承阳科技（苏州）有限公司");
        assertThat(shanghai.id()).isNotEqualTo(suzhou.id());
        assertThat(shanghai.id()).isNotEqualTo(resolver.resolve("东木承阳科技有限公司").id());
        assertThat(shanghai.id()).isEqualTo(resolver.resolve("东木承阳科技（上海市）股份有限公司").id());
        assertThat(shanghai.normName()).isEqualTo("东木承阳科技(上海)");
        assertThat(shanghai.place().name()).isEqualTo("上海市");
        assertThat(suzhou.place().name()).isEqualTo("苏州市");
        assertThat(suzhou.place().provinceName()).isEqualTo("江苏省");
        // brackets that are not regions, or repeat the region the name starts with, still do not count
        assertThat(resolver.sameOrganization("西门子(中国)有限公司", "西门子有限公司")).isTrue();
        assertThat(resolver.sameOrganization("苏州纳微新材料(苏州)有限公司", "苏州纳微新材料有限公司")).isTrue();
        assertThat(resolver.resolve("中国科学院苏州纳米技术与纳米仿生研究所(苏州)").type()).isEqualTo(OrgType.INSTITUTE);
    }

    @Test
    void idsAreStableAndNamedAfterTheNormalizedName() {
        assertThat(resolver.resolve("浙江大学").id()).isEqualTo(resolver.resolve("浙大").id()).startsWith("ORG-");
        assertThat(resolver.normalize("上海微创医疗器械（集团）有限公司")).isEqualTo("上海微创医疗器械");
    }

    private static List<String> pairs() throws Exception {
        try (InputStream in = OrgResolverTest.class.getResourceAsStream("/er/org-pairs.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
