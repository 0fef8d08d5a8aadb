package io.techmatch.api.orgs;

import io.techmatch.api.web.ApiCaller;
import io.techmatch.api.web.NotFoundException;
import io.techmatch.api.web.Page;
import io.techmatch.core.graph.CypherResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techmatch.api.orgs.OrgDtos.ExpertProfile;
import io.techmatch.api.orgs.OrgDtos.OrgProfile;
import io.techmatch.api.orgs.OrgDtos.OrgSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organization and expert profiles, read straight from the graph. Any authenticated role may read them: they hold
 * patents, achievements and collaborations, never needs.
 */
@Tag(name = "organizations")
@RestController
@RequestMapping("/api/v1")
class OrgController {
    private static final String ID = "[A-Za-z0-9_:./-]{1,64}";

    private final Neo4jClient graph;
    private final ObjectMapper json;

    OrgController(Neo4jClient graph, ObjectMapper json) {
        this.graph = graph;
        this.json = json;
    }

    @Operation(operationId = "getOrganization",
            summary = "Organization profile: IPC and industry profile, collaborators, evidence")
    @GetMapping("/orgs/{id}")
    OrgProfile org(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id) {
        return json.convertValue(graph.query(CypherResource.load("/cypher/orgs/profile.cypher")).bind(id).to("id")
                .fetch().one().orElseThrow(() -> new NotFoundException("no organization " + id)), OrgProfile.class);
    }

    @Operation(operationId = "findOrganizations", summary = "Find organizations by name or alias")
    @GetMapping("/orgs")
    Page<OrgSummary> search(ApiCaller caller,
                                     @RequestParam(required = false) @Size(max = 100) String q,
                                     @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                     @RequestParam(defaultValue = Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE)
                                     int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("q", q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT));
        params.put("skip", (long) page * size);
        params.put("limit", (long) size);
        Map<String, Object> row = graph.query(CypherResource.load("/cypher/orgs/search.cypher")).bindAll(params)
                .fetch().one().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) row.get("items");
        return new Page<>(items.stream().map(i -> json.convertValue(i, OrgSummary.class)).toList(), page, size,
                ((Number) row.get("total")).longValue());
    }

    @Operation(operationId = "getExpert", summary = "Expert profile: affiliations and invented patents")
    @GetMapping("/experts/{id}")
    ExpertProfile expert(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id) {
        return json.convertValue(graph.query(CypherResource.load("/cypher/orgs/expert.cypher")).bind(id).to("id")
                .fetch().one().orElseThrow(() -> new NotFoundException("no expert " + id)), ExpertProfile.class);
    }
}
