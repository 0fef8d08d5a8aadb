package io.techmatch.core.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Builds the {@link NeedContext} of a stored need or of a free-text request. */
final class NeedLoader {
    private final GraphReader reader;

    NeedLoader(GraphReader reader) {
        this.reader = reader;
    }

    /** @throws NotFoundException when the need is absent, or confidential and the caller may not see it */
    NeedContext need(String needId, boolean includeConfidential) {
        if (needId == null || needId.isBlank()) {
            throw new IllegalArgumentException("needId is required");
        }
        List<Record> rows = reader.read("need", Map.of("needId", needId));
        if (rows.isEmpty() || (!includeConfidential && rows.get(0).get("confidential").asBoolean())) {
            throw new NotFoundException("need", needId);
        }
        Record r = rows.get(0);
        String title = r.get("title").asString("");
        List<String> regions = new ArrayList<>(r.get("needRegions").asList(Value::asString));
        regions.sort(null);
        List<String> demanderRegions = r.get("demanderRegions").asList(Value::asString);
        Set<String> industries = new HashSet<>(r.get("needIndustries").asList(Value::asString));
        industries.addAll(r.get("demanderIndustries").asList(Value::asString));
        String region = !regions.isEmpty() ? regions.get(0) : demanderRegions.isEmpty() ? null : demanderRegions.get(0);
        return new NeedContext(needId, title, (title + "\n" + r.get("body").asString("")).strip(),
                GraphFacts.nullableInt(r.get("year")), r.get("demanderId").asString(null),
                r.get("demanderName").asString(null), r.get("demanderStockCode").asString(null), region,
                r.get("ipcCodes").asList(Value::asString).stream().sorted().toList(), industries,
                r.get("posters").asInt());
    }

    /** Context from the request; ids unknown to the graph are ignored (the match still runs on the text). */
    NeedContext text(MatchRequest request) {
        String text = request.text().strip();
        Set<String> industries = new HashSet<>();
        if (request.industryId() != null && !request.industryId().isBlank()) {
            industries.add(request.industryId());
        }
        String demanderId = null;
        String demanderName = null;
        String stockCode = null;
        String region = request.regionId();
        if (request.demanderOrgId() != null && !request.demanderOrgId().isBlank()) {
            List<Record> rows = reader.read("demander", Map.of("orgId", request.demanderOrgId()));
            if (!rows.isEmpty()) {
                Record d = rows.get(0);
                demanderId = d.get("id").asString();
                demanderName = d.get("name").asString(null);
                stockCode = d.get("stockCode").asString(null);
                industries.addAll(d.get("industries").asList(Value::asString));
                List<String> regions = d.get("regions").asList(Value::asString);
                if ((region == null || region.isBlank()) && !regions.isEmpty()) {
                    region = regions.get(0);
                }
            }
        }
        String title = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return new NeedContext(null, title, text, null, demanderId, demanderName, stockCode, region, List.of(),
                industries, 0);
    }
}
