package io.techmatch.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Exact search for the best team over a small pool (at most 20 candidates and 4 members: under 6,200 teams), so
 * the result is optimal for the objective and deterministic: equal objectives go to the team whose sorted ids come
 * first. Objective = 0.6 × facet coverage + 0.25 × cohesion + 0.15 × mean relative match score − 0.02 per member
 * beyond two (a larger team must earn its place).
 */
final class TeamSearch {
    static final Set<String> ACADEMIC = Set.of("university", "institute", "lab");

    /** A pool member: its match score relative to the best candidate, type, and whether it lies in the YRD. */
    record Member(String id, String type, double relativeScore, boolean yrd) {
    }

    /** The pool, {@code coverage[member][facet]} in [0, 1], and {@code linked[a][b]} for co-applicants. */
    record Problem(List<Member> pool, double[][] coverage, boolean[][] linked, ConsortiumOptions options) {
    }

    record Team(int[] members, double coverage, double cohesion, double objective) {
    }

    private TeamSearch() {
    }

    static Team best(Problem p) {
        Team best = null;
        for (int size = p.options().minSize(); size <= Math.min(p.options().maxSize(), p.pool().size()); size++) {
            for (int[] team : combinations(p.pool().size(), size)) {
                if (!allowed(p, team)) {
                    continue;
                }
                Team t = evaluate(p, team);
                if (best == null || t.objective() > best.objective() + 1e-12
                        || (Math.abs(t.objective() - best.objective()) <= 1e-12 && idsBefore(p, t, best))) {
                    best = t;
                }
            }
        }
        return best;
    }

    static Team evaluate(Problem p, int[] team) {
        int facets = p.coverage().length == 0 ? 0 : p.coverage()[0].length;
        double coverage = 0;
        for (int f = 0; f < facets; f++) {
            double max = 0;
            for (int m : team) {
                max = Math.max(max, p.coverage()[m][f]);
            }
            coverage += max;
        }
        coverage = facets == 0 ? 0 : coverage / facets;
        int pairs = 0;
        int links = 0;
        double score = 0;
        for (int i = 0; i < team.length; i++) {
            score += p.pool().get(team[i]).relativeScore();
            for (int j = i + 1; j < team.length; j++) {
                pairs++;
                links += p.linked()[team[i]][team[j]] ? 1 : 0;
            }
        }
        double cohesion = pairs == 0 ? 0 : links / (double) pairs;
        double objective = 0.6 * coverage + 0.25 * cohesion + 0.15 * score / team.length - 0.02 * (team.length - 2);
        return new Team(team, coverage, cohesion, objective);
    }

    static boolean allowed(Problem p, int[] team) {
        boolean firm = false;
        boolean academic = false;
        boolean yrd = true;
        for (int m : team) {
            Member member = p.pool().get(m);
            firm |= "firm".equals(member.type());
            academic |= ACADEMIC.contains(member.type());
            yrd &= member.yrd();
        }
        return (!p.options().requireFirmLead() || firm) && (!p.options().requireAcademic() || academic)
                && (!p.options().withinYrd() || yrd);
    }

    private static boolean idsBefore(Problem p, Team a, Team b) {
        return key(p, a).compareTo(key(p, b)) < 0;
    }

    private static String key(Problem p, Team t) {
        List<String> ids = new ArrayList<>();
        for (int m : t.members()) {
            ids.add(p.pool().get(m).id());
        }
        ids.sort(null);
        return String.join("\u0000", ids);
    }

    static List<int[]> combinations(int n, int k) {
        List<int[]> out = new ArrayList<>();
        int[] c = new int[k];
        for (int i = 0; i < k; i++) {
            c[i] = i;
        }
        while (k <= n) {
            out.add(c.clone());
            int i = k - 1;
            while (i >= 0 && c[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            c[i]++;
            for (int j = i + 1; j < k; j++) {
                c[j] = c[j - 1] + 1;
            }
        }
        return out;
    }
}
