package io.techmatch.core.match;

import io.techmatch.core.match.ExplanationPath.PathEdge;
import io.techmatch.core.match.ExplanationPath.PathNode;
import java.util.List;

/**
 * One Chinese sentence per explanation path, written only from the path's own nodes and edges so that the sentence
 * can never claim more than the graph holds.
 */
final class PathSentences {
    private PathSentences() {
    }

    static String sentence(String kind, List<PathNode> n, List<PathEdge> e) {
        PathNode need = n.get(0);
        PathNode org = n.get(n.size() - 1);
        String needText = "需求「" + need.name() + "」";
        return switch (kind) {
            case "ipc" -> needText + "与 " + org.name() + " " + doc(n.get(2)) + " 同属 IPC " + ipc(n.get(1));
            case "expert" -> needText + "与 " + org.name() + " 的发明人 " + n.get(3).name() + " 的" + doc(n.get(2))
                    + " 同属 IPC " + ipc(n.get(1));
            case "chain-partner" -> "需求方 " + n.get(1).name() + " 与企业 " + n.get(3).name() + " 同属产业「"
                    + n.get(2).name() + "」；" + org.name() + " 与 " + n.get(3).name() + " 有 " + count(e.get(e.size() - 1))
                    + " 件联合申请";
            case "collaboration" -> "需求方 " + n.get(1).name() + " 与 " + org.name() + " 有 "
                    + count(e.get(e.size() - 1)) + " 件联合申请";
            case "collaboration-2" -> "需求方 " + n.get(1).name() + " 的合作方 " + n.get(2).name() + " 与 "
                    + org.name() + " 有 " + count(e.get(e.size() - 1)) + " 件联合申请";
            case "solved-similar" -> org.name() + " 曾解决同属 IPC " + ipc(n.get(n.size() - 3)) + " 的需求「"
                    + n.get(n.size() - 2).name() + "」";
            case "ipc-hierarchy" -> needText + "属 IPC " + ipc(n.get(1)) + "，" + org.name() + " 的"
                    + doc(n.get(n.size() - 2)) + "属 IPC " + ipc(n.get(n.size() - 3)) + "，两类在 IPC 体系中上下位相连";
            case "upstream" -> org.name() + " 所属产业「" + n.get(n.size() - 2).name() + "」是"
                    + (n.get(1).label().equals("Organization") ? "需求方 " + n.get(1).name() + " " : needText)
                    + "所属产业「" + n.get(n.size() - 3).name() + "」的上游";
            case "industry-evidence" -> needText + "与 " + org.name() + " 的" + doc(n.get(2)) + "同属产业「"
                    + n.get(1).name() + "」";
            case "industry" -> needText + "与 " + org.name() + " 同属产业「" + n.get(1).name() + "」";
            case "region" -> needText + "与 " + org.name() + " 同在 " + n.get(1).name();
            case "text-evidence" -> textMatch(n, e) + "，由 " + org.name() + " 持有";
            case "text-expert" -> textMatch(n, e) + "，其发明人 " + n.get(2).name() + " 任职于 " + org.name();
            case "text-collaboration" -> textMatch(n, e) + "，持有人 " + n.get(2).name() + " 与 " + org.name() + " 有 "
                    + count(e.get(e.size() - 1)) + " 件联合申请";
            case "text-ipc" -> textMatch(n, e) + "；" + org.name() + " 的" + doc(n.get(3)) + "与之同属 IPC "
                    + ipc(n.get(2));
            default -> needText + "经 " + (n.size() - 2) + " 个中间节点关联到 " + org.name();
        };
    }

    /** The labelled first hop of a free-text path: the query matched a document's text (not a graph edge). */
    private static String textMatch(List<PathNode> n, List<PathEdge> e) {
        Object score = e.get(0).properties().get("score");
        return "需求文本与" + doc(n.get(1)) + "文本相近" + (score == null ? "" : "（检索得分 " + score + "）");
    }

    private static String doc(PathNode d) {
        String what = switch (d.label()) {
            case "Patent" -> "专利";
            case "Achievement" -> "成果";
            case "Project" -> "项目";
            default -> "";
        };
        return what + "《" + d.name() + "》（" + d.id() + "）";
    }

    private static String ipc(PathNode c) {
        return c.name().equals(c.id()) ? c.id() : c.id() + "（" + c.name() + "）";
    }

    private static Object count(PathEdge e) {
        Object c = e.properties().get("count");
        return c == null ? 1 : c;
    }
}
