package io.techmatch.api.needs;

import io.techmatch.api.web.ApiCaller;
import io.techmatch.api.web.BadRequestException;
import io.techmatch.api.web.BadRequestException.FieldError;
import io.techmatch.api.web.ForbiddenException;
import io.techmatch.api.web.NotFoundException;
import io.techmatch.api.web.Page;
import io.techmatch.api.web.Role;
import io.techmatch.core.graph.CypherResource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.techmatch.api.index.EvidenceIndexService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Needs in the graph: read with the caller's visibility (confidential needs only for brokers and the posting
 * organization), written only by brokers and the posting enterprise.
 */
@Service
public class NeedService {
    private static final Logger log = LoggerFactory.getLogger(NeedService.class);

    private final Neo4jClient graph;
    private final ObjectProvider<EvidenceIndexService> index;
    private final NeedTextSearch textSearch;

    public NeedService(Neo4jClient graph, ObjectProvider<EvidenceIndexService> index, NeedTextSearch textSearch) {
        this.graph = graph;
        this.index = index;
        this.textSearch = textSearch;
    }

    Page<NeedSummary> list(NeedFilter filter, ApiCaller caller, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", filter.status());
        String q = blankToNull(filter.q());
        // full text ranked by relevance; a substring match only while the index cannot answer (rebuilding)
        Optional<Map<String, Long>> rank = q == null ? Optional.empty() : textSearch.ranked(q);
        if (q != null && rank.isEmpty()) {
            log.info("Evidence index not ready: need search for '{}' falls back to a substring match", q);
        }
        params.put("rank", rank.orElse(null));
        params.put("q", q == null || rank.isPresent() ? null : q.toLowerCase(Locale.ROOT));
        params.put("region", blankToNull(filter.region()));
        params.put("industry", blankToNull(filter.industry()));
        params.put("seeAll", caller.isBroker());
        params.put("orgId", caller.visibleOrgId());
        params.put("skip", (long) page * size);
        params.put("limit", (long) size);
        Map<String, Object> row = graph.query(CypherResource.load("/cypher/needs/list.cypher"))
                .bindAll(params).fetch().one().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) row.get("items");
        return new Page<>(items.stream().map(NeedService::summary).toList(), page, size,
                ((Number) row.get("total")).longValue());
    }

    /** The need if the caller may see it; a confidential need of someone else is reported as absent. */
    public Need get(String id, ApiCaller caller) {
        Need need = find(id).orElseThrow(() -> new NotFoundException("no need " + id));
        if (!caller.canSee(need.confidential(), need.demanderOrgId())) {
            throw new NotFoundException("no need " + id);
        }
        return need;
    }

    Need create(NeedInput input, ApiCaller caller) {
        caller.requireRole(Role.BROKER, Role.ENTERPRISE);
        String orgId = posterFor(input, caller);
        String id = "NEED-" + UUID.randomUUID();
        write(List.of(row(id, input, orgId)));
        log.info("Need {} created by key {} for org {}", id, caller.keyName(), orgId);
        return find(id).orElseThrow();
    }

    Need update(String id, NeedInput input, ApiCaller caller) {
        caller.requireRole(Role.BROKER, Role.ENTERPRISE);
        Need existing = manageable(id, caller);
        String orgId = input.demanderOrgId() == null ? existing.demanderOrgId() : posterFor(input, caller);
        write(List.of(row(id, input, orgId)));
        log.info("Need {} updated by key {}", id, caller.keyName());
        return find(id).orElseThrow();
    }

    Need close(String id, ApiCaller caller) {
        caller.requireRole(Role.BROKER, Role.ENTERPRISE);
        manageable(id, caller);
        graph.query("MATCH (n:Need {id: $id}) SET n.status = 'closed', n.closedAt = $at")
                .bindAll(Map.of("id", id, "at", LocalDate.now().toString())).run();
        index.ifAvailable(i -> i.refresh(List.of(id)));
        log.info("Need {} closed by key {}", id, caller.keyName());
        return find(id).orElseThrow();
    }

    /** Writes validated rows of an import; {@code id} null creates a need, otherwise updates or creates it. */
    ImportResult importRows(List<NeedImportParser.Row> rows, ApiCaller caller) {
        caller.requireRole(Role.BROKER, Role.ENTERPRISE);
        List<Map<String, Object>> batch = new ArrayList<>();
        List<ImportResult.Rejected> rejected = new ArrayList<>(NeedImportParser.rejectedOf(rows));
        int created = 0;
        int updated = 0;
        for (NeedImportParser.Row row : rows) {
            if (row.input() == null) {
                continue;
            }
            try {
                String id = row.id() == null ? "NEED-" + UUID.randomUUID() : row.id();
                var existing = row.id() == null ? java.util.Optional.<Need>empty() : find(id);
                if (existing.isPresent()) {
                    manageable(id, caller);
                }
                String orgId = row.input().demanderOrgId() == null && existing.isPresent()
                        ? existing.get().demanderOrgId() : posterFor(row.input(), caller);
                batch.add(row(id, row.input(), orgId));
                if (existing.isPresent()) {
                    updated++;
                } else {
                    created++;
                }
            } catch (BadRequestException | ForbiddenException | NotFoundException e) {
                rejected.add(new ImportResult.Rejected(row.line(), e.getMessage()));
            }
        }
        if (!batch.isEmpty()) {
            write(batch);
        }
        rejected.sort(java.util.Comparator.comparingInt(ImportResult.Rejected::line));
        log.info("Import by key {}: {} created, {} updated, {} rejected", caller.keyName(), created, updated,
                rejected.size());
        return new ImportResult(created, updated, rejected);
    }

    private Need manageable(String id, ApiCaller caller) {
        Need need = get(id, caller);
        if (!caller.canManage(need.demanderOrgId())) {
            throw new ForbiddenException("need " + id + " was not posted by your organization");
        }
        return need;
    }

    /** Enterprises post for their own organization only; references must exist. */
    private String posterFor(NeedInput input, ApiCaller caller) {
        String orgId = blankToNull(input.demanderOrgId());
        if (caller.role() == Role.ENTERPRISE) {
            if (orgId != null && !orgId.equals(caller.orgId())) {
                throw new ForbiddenException("an enterprise key may post needs only for its own organization");
            }
            orgId = caller.orgId();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("orgId", orgId);
        params.put("regionId", blankToNull(input.regionId()));
        params.put("industryId", blankToNull(input.industryId()));
        Map<String, Object> found = graph.query(CypherResource.load("/cypher/needs/references.cypher"))
                .bindAll(params).fetch().one().orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        if (!(Boolean) found.get("orgFound")) {
            errors.add(new FieldError("demanderOrgId", "no organization " + orgId));
        }
        if (!(Boolean) found.get("regionFound")) {
            errors.add(new FieldError("regionId", "no region " + input.regionId()));
        }
        if (!(Boolean) found.get("industryFound")) {
            errors.add(new FieldError("industryId", "no industry " + input.industryId()));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("unknown references: " + errors.stream().map(FieldError::field).toList(),
                    errors);
        }
        return orgId;
    }

    /** Writes the rows, then re-reads them into the evidence index so search and matching see them at once. */
    private void write(List<Map<String, Object>> rows) {
        graph.query(CypherResource.load("/cypher/needs/upsert.cypher")).bind(rows).to("rows").run();
        index.ifAvailable(i -> i.refresh(rows.stream().map(r -> (String) r.get("id")).toList()));
    }

    private static Map<String, Object> row(String id, NeedInput input, String orgId) {
        LocalDate today = LocalDate.now();
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("title", input.title().strip());
        row.put("body", input.body().strip());
        row.put("confidential", input.isConfidential());
        row.put("budget", input.budget());
        row.put("deadline", input.deadline());
        row.put("cooperationMethods", input.cooperationMethods());
        row.put("demanderOrgId", orgId);
        row.put("regionId", blankToNull(input.regionId()));
        row.put("industryId", blankToNull(input.industryId()));
        row.put("postedAt", today.toString());
        row.put("year", (long) today.getYear());
        return row;
    }

    java.util.Optional<Need> find(String id) {
        return graph.query(CypherResource.load("/cypher/needs/get.cypher")).bind(id).to("id")
                .fetchAs(Need.class).mappedBy((types, r) -> new Need(
                        r.get("id").asString(), r.get("title").asString(null), r.get("body").asString(null),
                        r.get("status").asString(null), r.get("confidential").asBoolean(false),
                        text(r.get("postedAt")), r.get("demanderOrgId").asString(null),
                        r.get("demanderName").asString(null), r.get("regionId").asString(null),
                        r.get("region").asString(null), r.get("industryId").asString(null),
                        r.get("industry").asString(null), text(r.get("budget")), text(r.get("deadline")),
                        r.get("cooperationMethods").asList(v -> v.asString())))
                .one();
    }

    /** Loaders may store a budget as a number; the API always shows text. */
    private static String text(org.neo4j.driver.Value value) {
        return value.isNull() ? null : value.asObject().toString();
    }

    private static NeedSummary summary(Map<String, Object> m) {
        return new NeedSummary((String) m.get("id"), (String) m.get("title"), (String) m.get("status"),
                Boolean.TRUE.equals(m.get("confidential")), str(m.get("postedAt")), (String) m.get("demanderOrgId"),
                (String) m.get("demanderName"), (String) m.get("region"), (String) m.get("industry"));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
