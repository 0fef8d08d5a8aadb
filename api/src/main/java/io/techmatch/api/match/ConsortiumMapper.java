package io.techmatch.api.match;

import io.techmatch.api.match.MatchDtos.ConsortiumDto;
import io.techmatch.api.match.MatchDtos.FacetDto;
import io.techmatch.api.match.MatchDtos.MemberDto;
import io.techmatch.api.match.MatchDtos.TeamDto;
import io.techmatch.core.match.ConsortiumResult;
import java.util.List;

/** matcher-core builds one best team; the contract lists teams, so it is a list of zero or one. */
final class ConsortiumMapper {
    private ConsortiumMapper() {
    }

    static ConsortiumDto map(ConsortiumResult r) {
        List<FacetDto> facets = r.facets().stream()
                .map(f -> new FacetDto(f.id(), f.label(), f.kind(), f.terms(), f.coveredBy(), f.coverage())).toList();
        List<TeamDto> teams = r.members().isEmpty() ? List.of() : List.of(new TeamDto(r.objective(), r.coverage(),
                r.cohesion(), r.members().stream()
                .map(m -> new MemberDto(m.orgId(), m.name(), m.type(), m.role(), m.facetIds())).toList(),
                String.join("", r.sentences())));
        return new ConsortiumDto(r.needId(), facets, teams, r.emptyReason());
    }
}
