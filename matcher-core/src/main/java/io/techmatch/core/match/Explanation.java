package io.techmatch.core.match;

import java.util.List;

/** Why an organization fits a need: up to three paths of the graph, each with one Chinese sentence. */
public record Explanation(String needId, String orgId, List<ExplanationPath> paths) {
    public Explanation {
        paths = List.copyOf(paths);
    }
}
