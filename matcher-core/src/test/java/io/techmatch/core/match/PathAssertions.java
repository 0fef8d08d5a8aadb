package io.techmatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Faithfulness: a returned path is a real walk of the graph, from the need to the organization, edge by edge. */
final class PathAssertions {
    private PathAssertions() {
    }

    /**
     * A free-text path: its first hop is the labelled text match from the query to a document the candidate's
     * result actually retrieved (or one of the query's hits); every further edge is stored in the graph. Returns the
     * number of graph edges checked.
     */
    static int assertFaithfulText(MatchFixture fx, String orgId, List<ExplanationPath> paths,
                                  java.util.Set<String> retrieved) {
        int checked = 0;
        assertThat(paths.size()).isLessThanOrEqualTo(Explainer.PATHS_PER_CANDIDATE);
        for (ExplanationPath p : paths) {
            assertThat(p.kind()).startsWith("text-");
            ExplanationPath.PathEdge hop = p.edges().get(0);
            assertThat(p.nodes().get(0)).extracting(ExplanationPath.PathNode::id, ExplanationPath.PathNode::label)
                    .containsExactly("query", "Query");
            assertThat(hop.type()).isEqualTo("TEXT_MATCH");
            assertThat(hop.properties()).containsEntry("textMatch", true);
            assertThat(retrieved).as("the text hop ends at a retrieved document").contains(hop.to());
            assertThat(hop.to()).isEqualTo(p.nodes().get(1).id());
            List<ExplanationPath.PathEdge> graphEdges = p.edges().subList(1, p.edges().size());
            assertThat(graphEdges).as("at least one stored edge after the text hop").isNotEmpty();
            assertThat(graphEdges).noneMatch(TextMatch::isTextMatch);
            List<Long> counts = fx.edgeCounts(graphEdges);
            for (int i = 0; i < graphEdges.size(); i++) {
                assertThat(counts.get(i)).as("edge %s exists in the graph", graphEdges.get(i)).isPositive();
                ExplanationPath.PathEdge e = graphEdges.get(i);
                String a = p.nodes().get(i + 1).id();
                String b = p.nodes().get(i + 2).id();
                assertThat(List.of(List.of(e.from(), e.to()), List.of(e.to(), e.from())))
                        .as("edge %s joins consecutive nodes %s, %s", e, a, b).contains(List.of(a, b));
                checked++;
            }
            assertThat(p.edges()).hasSize(p.nodes().size() - 1);
            assertThat(p.nodes().get(p.nodes().size() - 1).id()).as("path ends at the org").isEqualTo(orgId);
            assertThat(p.sentence()).startsWith("需求文本与").contains(p.nodes().get(p.nodes().size() - 1).name());
        }
        return checked;
    }

    /** Returns the number of edges checked. */
    static int assertFaithful(MatchFixture fx, String needId, String orgId, List<ExplanationPath> paths) {
        int checked = 0;
        assertThat(paths.size()).isLessThanOrEqualTo(Explainer.PATHS_PER_CANDIDATE);
        List<ExplanationPath.PathEdge> all = paths.stream().flatMap(p -> p.edges().stream()).toList();
        List<Long> counts = all.isEmpty() ? List.of() : fx.edgeCounts(all);
        for (int i = 0; i < all.size(); i++) {
            assertThat(counts.get(i)).as("edge %s exists in the graph", all.get(i)).isPositive();
        }
        for (ExplanationPath p : paths) {
            assertThat(p.nodes().get(0).id()).as("path starts at the need").isEqualTo(needId);
            assertThat(p.nodes().get(p.nodes().size() - 1).id()).as("path ends at the org").isEqualTo(orgId);
            assertThat(p.edges()).hasSize(p.nodes().size() - 1);
            assertThat(p.edges().size()).as("bounded length").isBetween(1, 6);
            for (int i = 0; i < p.edges().size(); i++) {
                ExplanationPath.PathEdge e = p.edges().get(i);
                String a = p.nodes().get(i).id();
                String b = p.nodes().get(i + 1).id();
                assertThat(List.of(List.of(e.from(), e.to()), List.of(e.to(), e.from())))
                        .as("edge %s joins consecutive nodes %s, %s", e, a, b).contains(List.of(a, b));
                checked++;
            }
            assertThat(p.sentence()).isNotBlank().contains(p.nodes().get(p.nodes().size() - 1).name());
        }
        return checked;
    }
}
