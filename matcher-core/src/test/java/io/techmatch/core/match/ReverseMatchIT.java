package io.techmatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReverseMatchIT {
    private static MatchFixture fx;

    @BeforeAll
    static void load() {
        fx = MatchFixture.load();
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    private static List<String> ids(ReverseMatchResult r) {
        return r.needs().stream().map(ReverseMatchResult.NeedCandidate::needId).toList();
    }

    @Test
    void patentFindsTheNeedItServesFirst() {
        ReverseMatchResult r = fx.matcher.reverse(ReverseRequest.of("patent", "SYN-CN0005"));
        assertThat(r.ownerOrgIds()).containsExactly("SYN-ORG-ZJU");
        assertThat(ids(r).get(0)).isEqualTo("SYN-NEED-AI");
        ReverseMatchResult.NeedCandidate top = r.needs().get(0);
        assertThat(top.demanderOrgId()).isEqualTo("SYN-ORG-NEVPARTNER");
        assertThat(top.score()).isCloseTo(top.contributions().values().stream().mapToDouble(Double::doubleValue).sum(),
                within(1e-9));
        assertThat(top.features().get(Feature.IPC)).as("G06N of G06N, B60L").isEqualTo(0.5);
        for (ReverseMatchResult.NeedCandidate n : r.needs()) {
            PathAssertions.assertFaithful(fx, n.needId(), "SYN-ORG-ZJU", n.paths());
        }
        assertThat(top.paths()).isNotEmpty();
        assertThat(fx.matcher.reverse(ReverseRequest.of("patent", "SYN-CN0005"))).isEqualTo(r);
    }

    @Test
    void closedAndConfidentialNeedsAreSkippedUnlessAsked() {
        ReverseMatchResult open = fx.matcher.reverse(ReverseRequest.of("patent", "SYN-CN0008"));
        assertThat(ids(open)).doesNotContain("SYN-NEED-OLD", "SYN-NEED-CONF").contains("SYN-NEED-1");
        ReverseMatchResult all = fx.matcher.reverse(new ReverseRequest("patent", "SYN-CN0008", 0, 20, true, true));
        assertThat(ids(all)).contains("SYN-NEED-OLD", "SYN-NEED-CONF", "SYN-NEED-1");
    }

    @Test
    void achievementAndOrganizationSourcesWork() {
        ReverseMatchResult ach = fx.matcher.reverse(ReverseRequest.of("achievement", "SYN-ACH-1"));
        assertThat(ach.ownerOrgIds()).containsExactly("SYN-ORG-NJU");
        assertThat(ids(ach).get(0)).isEqualTo("SYN-NEED-2");
        ReverseMatchResult org = fx.matcher.reverse(ReverseRequest.of("organization", "SYN-ORG-SJTU"));
        assertThat(ids(org)).contains("SYN-NEED-1");
        for (ReverseMatchResult.NeedCandidate n : org.needs()) {
            PathAssertions.assertFaithful(fx, n.needId(), "SYN-ORG-SJTU", n.paths());
        }
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> fx.matcher.reverse(ReverseRequest.of("patent", "CN-NOPE")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("CN-NOPE");
        assertThatThrownBy(() -> ReverseRequest.of("expert", "SYN-EXP-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
