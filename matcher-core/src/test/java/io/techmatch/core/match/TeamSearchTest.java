package io.techmatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeamSearchTest {
    private static ConsortiumOptions opts(boolean firmLead, boolean academic, boolean yrd, int max) {
        return new ConsortiumOptions(2, max, firmLead, academic, yrd, 12, null);
    }

    private static List<String> ids(TeamSearch.Problem p, TeamSearch.Team t) {
        return java.util.Arrays.stream(t.members()).mapToObj(i -> p.pool().get(i).id()).toList();
    }

    private static final List<TeamSearch.Member> POOL = List.of(
            new TeamSearch.Member("U1", "university", 1.0, true),
            new TeamSearch.Member("F1", "firm", 0.9, true),
            new TeamSearch.Member("F2", "firm", 0.8, false),
            new TeamSearch.Member("I1", "institute", 0.5, true));
    // facets: A, B, C
    private static final double[][] COVERAGE = {
            {1, 1, 0},
            {0, 0, 0.2},
            {0, 0, 1},
            {0, 0, 0.9}};

    @Test
    void picksTheTeamThatCoversAllFacets() {
        TeamSearch.Problem p = new TeamSearch.Problem(POOL, COVERAGE, new boolean[4][4], opts(false, false, false, 4));
        TeamSearch.Team t = TeamSearch.best(p);
        assertThat(ids(p, t)).containsExactly("U1", "F2");
        assertThat(t.coverage()).isEqualTo(1.0);
    }

    @Test
    void constraintsAndCohesionChangeTheChoice() {
        TeamSearch.Problem yrd = new TeamSearch.Problem(POOL, COVERAGE, new boolean[4][4], opts(true, true, true, 3));
        assertThat(ids(yrd, TeamSearch.best(yrd))).as("F2 is outside the YRD").containsExactly("U1", "F1", "I1");
        boolean[][] linked = new boolean[4][4];
        linked[0][3] = linked[3][0] = true;
        TeamSearch.Problem cohesive = new TeamSearch.Problem(POOL, COVERAGE, linked, opts(false, false, false, 2));
        assertThat(ids(cohesive, TeamSearch.best(cohesive))).as("U1 and I1 have co-applied").containsExactly("U1", "I1");
        TeamSearch.Problem impossible = new TeamSearch.Problem(List.of(POOL.get(0), POOL.get(3)),
                new double[][] {{1}, {1}}, new boolean[2][2], opts(true, false, false, 2));
        assertThat(TeamSearch.best(impossible)).isNull();
    }

    @Test
    void tiesGoToTheFirstIdsAndCombinationsAreComplete() {
        List<TeamSearch.Member> twins = List.of(new TeamSearch.Member("B", "firm", 1, true),
                new TeamSearch.Member("A", "firm", 1, true), new TeamSearch.Member("C", "firm", 1, true));
        TeamSearch.Problem p = new TeamSearch.Problem(twins, new double[][] {{1}, {1}, {1}}, new boolean[3][3],
                opts(false, false, false, 2));
        assertThat(ids(p, TeamSearch.best(p))).containsExactlyInAnyOrder("A", "B");
        assertThat(TeamSearch.combinations(12, 4)).hasSize(495);
        assertThat(TeamSearch.combinations(3, 3)).hasSize(1);
    }
}
