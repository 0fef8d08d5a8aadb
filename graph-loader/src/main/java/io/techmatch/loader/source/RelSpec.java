package io.techmatch.loader.source;

import io.techmatch.core.graph.GraphModel.Label;
import io.techmatch.core.graph.GraphModel.Rel;
import java.util.List;
import java.util.Map;

/** The allowed ends of each relationship type (docs/graph-model.md); the first is the default. */
record RelSpec(List<String> from, List<String> to) {
    static final Map<String, RelSpec> ALL = Map.ofEntries(
            Map.entry(Rel.APPLIED_FOR, of(Label.ORGANIZATION, Label.PATENT)),
            Map.entry(Rel.INVENTED, of(Label.EXPERT, Label.PATENT)),
            Map.entry(Rel.AFFILIATED_WITH, of(Label.EXPERT, Label.ORGANIZATION)),
            Map.entry(Rel.OWNS, new RelSpec(List.of(Label.ORGANIZATION), List.of(Label.ACHIEVEMENT, Label.PROJECT))),
            Map.entry(Rel.POSTED, of(Label.ORGANIZATION, Label.NEED)),
            Map.entry(Rel.CLASSIFIED_AS, new RelSpec(
                    List.of(Label.PATENT, Label.ACHIEVEMENT, Label.NEED, Label.PROJECT), List.of(Label.IPC_CLASS))),
            Map.entry(Rel.ACTIVE_IN, new RelSpec(List.of(Label.ORGANIZATION), List.of(Label.IPC_CLASS, Label.INDUSTRY))),
            Map.entry(Rel.IN_INDUSTRY, new RelSpec(
                    List.of(Label.ORGANIZATION, Label.NEED, Label.ACHIEVEMENT, Label.PATENT), List.of(Label.INDUSTRY))),
            Map.entry(Rel.UPSTREAM_OF, of(Label.INDUSTRY, Label.INDUSTRY)),
            Map.entry(Rel.LOCATED_IN, new RelSpec(List.of(Label.ORGANIZATION, Label.NEED), List.of(Label.REGION))),
            Map.entry(Rel.PART_OF, new RelSpec(List.of(Label.IPC_CLASS, Label.INDUSTRY, Label.REGION),
                    List.of(Label.IPC_CLASS, Label.INDUSTRY, Label.REGION))),
            Map.entry(Rel.COLLABORATED_WITH, of(Label.ORGANIZATION, Label.ORGANIZATION)),
            Map.entry(Rel.SOLVED_BY, of(Label.NEED, Label.ORGANIZATION)),
            Map.entry(Rel.FEEDBACK, of(Label.NEED, Label.ORGANIZATION)));

    private static RelSpec of(String from, String to) {
        return new RelSpec(List.of(from), List.of(to));
    }
}
