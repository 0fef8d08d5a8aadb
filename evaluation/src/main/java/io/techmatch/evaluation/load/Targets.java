package io.techmatch.evaluation.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the requests point at, discovered from the running API before the measured run: need ids, (need, partner)
 * pairs for explanations, and search terms taken from need titles. Request {@code n} uses entry {@code n mod size}
 * of each list, so a run is reproducible.
 */
public record Targets(List<String> needIds, List<Pair> explainPairs, List<String> evidenceQueries,
                      List<String> needQueries) {
    public Targets {
        if (needIds.isEmpty()) {
            throw new IllegalStateException("the API lists no needs: nothing to match (is the graph loaded?)");
        }
        needIds = List.copyOf(needIds);
        explainPairs = List.copyOf(explainPairs);
        evidenceQueries = List.copyOf(evidenceQueries);
        needQueries = List.copyOf(needQueries);
    }

    /** A need and one of its ranked partners. */
    public record Pair(String needId, String orgId) {
    }

    public String needId(long n) {
        return needIds.get((int) Math.floorMod(n, (long) needIds.size()));
    }

    public Pair explainPair(long n) {
        if (explainPairs.isEmpty()) {
            throw new IllegalStateException("no need has a ranked partner: nothing to explain");
        }
        return explainPairs.get((int) Math.floorMod(n, (long) explainPairs.size()));
    }

    public String evidenceQuery(long n) {
        return evidenceQueries.get((int) Math.floorMod(n, (long) evidenceQueries.size()));
    }

    public String needQuery(long n) {
        return needQueries.get((int) Math.floorMod(n, (long) needQueries.size()));
    }

    /** Need ids and search terms from one page of {@code GET /api/v1/needs} ({@code {"items":[{"id","title"}…]}}). */
    static void addNeeds(JsonNode page, List<String> ids, List<String> evidenceQueries, List<String> needQueries) {
        for (JsonNode item : page.path("items")) {
            String id = item.path("id").asText("");
            if (id.isEmpty()) {
                continue;
            }
            ids.add(id);
            String title = searchText(item.path("title").asText(""));
            if (!title.isEmpty()) {
                evidenceQueries.add(title);
                // a short keyword, as a broker types it into the needs filter
                needQueries.add(title.substring(0, Math.min(4, title.length())));
            }
        }
    }

    /** The first {@code perNeed} partner ids of a {@code GET …/matches} answer, paired with its need. */
    static List<Pair> pairs(String needId, JsonNode matchPage, int perNeed) {
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode item : matchPage.path("items")) {
            if (pairs.size() == perNeed) {
                break;
            }
            String org = item.path("orgId").asText("");
            if (!org.isEmpty()) {
                pairs.add(new Pair(needId, org));
            }
        }
        return pairs;
    }

    /** A title without the synthetic-data and "need" suffixes, which would match every document of that kind. */
    static String searchText(String title) {
        return title.replace("（合成）", "").replaceAll("需求$", "").strip();
    }
}
