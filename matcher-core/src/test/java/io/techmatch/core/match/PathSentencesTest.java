package io.techmatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.match.ExplanationPath.PathEdge;
import io.techmatch.core.match.ExplanationPath.PathNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathSentencesTest {
    private static final PathNode NEED = new PathNode("D1", "Need", "固态电池");
    private static final PathNode IPC = new PathNode("H01M10", "IpcClass", "二次电池");
    private static final PathNode PAT = new PathNode("CN1A", "Patent", "一种电解质");
    private static final PathNode ORG = new PathNode("O1", "Organization", "上海交通大学");

    @Test
    void ipcSentenceNamesThePatentAndTheSharedClass() {
        String s = PathSentences.sentence("ipc", List.of(NEED, IPC, PAT, ORG), List.of());
        assertThat(s).isEqualTo("需求「固态电池」与 上海交通大学 专利《一种电解质》（CN1A） 同属 IPC H01M10（二次电池）");
    }

    @Test
    void chainPartnerSentenceUsesTheEdgeCount() {
        PathNode d = new PathNode("D", "Organization", "需求方甲");
        PathNode ind = new PathNode("SW:NEV", "Industry", "新能源整车");
        PathNode z = new PathNode("Z", "Organization", "企业乙");
        PathEdge collab = new PathEdge("O1", "COLLABORATED_WITH", "Z", Map.of("count", 2L));
        String s = PathSentences.sentence("chain-partner", List.of(NEED, d, ind, z, ORG),
                List.of(new PathEdge("D", "POSTED", "D1", Map.of()), collab, collab, collab));
        assertThat(s).isEqualTo("需求方 需求方甲 与企业 企业乙 同属产业「新能源整车」；上海交通大学 与 企业乙 有 2 件联合申请");
    }
}
