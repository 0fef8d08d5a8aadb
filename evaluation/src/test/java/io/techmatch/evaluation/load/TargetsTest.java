package io.techmatch.evaluation.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void needsPageGivesIdsAndSearchTermsWithoutTheSyntheticSuffix() throws Exception {
        List<String> ids = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        List<String> needs = new ArrayList<>();
        Targets.addNeeds(JSON.readTree("""
                {"items":[{"id":"SYN-N000000","title":"嘉华起亚照相机H04N23/00优先技术需求（合成）"},
                          {"id":"NEED-D001","title":"高镍三元正极材料"},{"title":"no id"}],"page":0,"size":100,"total":3}
                """), ids, evidence, needs);
        assertThat(ids).containsExactly("SYN-N000000", "NEED-D001");
        assertThat(evidence).containsExactly("嘉华起亚照相机H04N23/00优先技术", "高镍三元正极材料");
        assertThat(needs).containsExactly("嘉华起亚", "高镍三元");
    }

    @Test
    void pairsTakeTheTopPartnersOfAMatchPage() throws Exception {
        var page = JSON.readTree("{\"needId\":\"N1\",\"items\":[{\"orgId\":\"O1\"},{\"orgId\":\"O2\"},{\"orgId\":\"O3\"}]}");
        assertThat(Targets.pairs("N1", page, 2)).containsExactly(new Targets.Pair("N1", "O1"), new Targets.Pair("N1", "O2"));
        assertThat(Targets.pairs("N1", JSON.readTree("{\"items\":[]}"), 2)).isEmpty();
    }

    @Test
    void requestNumbersCycleThroughTheTargets() {
        Targets t = new Targets(List.of("N1", "N2"), List.of(new Targets.Pair("N1", "O1")), List.of("q1", "q2", "q3"),
                List.of("k"));
        assertThat(List.of(t.needId(0), t.needId(1), t.needId(2), t.needId(5))).containsExactly("N1", "N2", "N1", "N2");
        assertThat(t.evidenceQuery(4)).isEqualTo("q2");
        assertThat(t.explainPair(7)).isEqualTo(new Targets.Pair("N1", "O1"));
    }

    @Test
    void noNeedsOrNoPairsGiveAClearError() {
        assertThatThrownBy(() -> new Targets(List.of(), List.of(), List.of(), List.of()))
                .hasMessageContaining("lists no needs");
        Targets t = new Targets(List.of("N1"), List.of(), List.of("q"), List.of("k"));
        assertThatThrownBy(() -> t.explainPair(0)).hasMessageContaining("nothing to explain");
    }

    @Test
    void onlyLoopbackIsAccepted() {
        LoadDriver.requireLoopback(URI.create("http://127.0.0.1:8080"));
        LoadDriver.requireLoopback(URI.create("http://localhost:8080"));
        assertThatThrownBy(() -> LoadDriver.requireLoopback(URI.create("http://192.0.2.1:8080")))
                .hasMessageContaining("only targets loopback");
    }
}
