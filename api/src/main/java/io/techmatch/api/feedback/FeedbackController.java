package io.techmatch.api.feedback;

import io.techmatch.api.needs.Need;
import io.techmatch.api.needs.NeedService;
import io.techmatch.api.web.ApiCaller;
import io.techmatch.api.web.ForbiddenException;
import io.techmatch.api.web.NotFoundException;
import io.techmatch.api.web.Role;
import io.techmatch.core.graph.CypherResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Broker verdicts on recommendations, kept in the graph where ranking reads them. */
@Tag(name = "feedback")
@RestController
@RequestMapping("/api/v1/needs/{id}")
class FeedbackController {
    private static final Logger log = LoggerFactory.getLogger(FeedbackController.class);
    private static final String ID = "[A-Za-z0-9_-]{1,64}";

    private final NeedService needs;
    private final Neo4jClient graph;

    FeedbackController(NeedService needs, Neo4jClient graph) {
        this.needs = needs;
        this.graph = graph;
    }

    @Operation(operationId = "recordFeedback",
            summary = "Mark a recommendation contacted, accepted or rejected (brokers only)")
    @ApiResponse(responseCode = "201", description = "the stored verdict")
    @ApiResponse(responseCode = "403", description = "any key but a broker's")
    @PostMapping("/matches/{orgId}/feedback")
    ResponseEntity<Feedback> record(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id,
                                    @PathVariable @Pattern(regexp = ID) String orgId,
                                    @Valid @RequestBody FeedbackInput input) {
        caller.requireRole(Role.BROKER);
        needs.get(id, caller);
        Map<String, Object> params = new HashMap<>();
        params.put("id", "FB-" + UUID.randomUUID());
        params.put("needId", id);
        params.put("orgId", orgId);
        params.put("status", input.status());
        params.put("reason", input.reason());
        params.put("broker", caller.keyName());
        params.put("at", Instant.now().toString());
        Feedback feedback = graph.query(CypherResource.load("/cypher/feedback/record.cypher")).bindAll(params)
                .fetchAs(Feedback.class).mappedBy((t, r) -> feedback(r)).one()
                .orElseThrow(() -> new NotFoundException("no organization " + orgId));
        log.info("Feedback {} on need {} / org {}: {} by {}", feedback.id(), id, orgId, input.status(),
                caller.keyName());
        return ResponseEntity.created(URI.create("/api/v1/needs/" + id + "/feedback")).body(feedback);
    }

    @Operation(operationId = "listFeedback",
            summary = "The verdict history of a need (brokers, and the posting enterprise)")
    @ApiResponse(responseCode = "200", description = "the verdicts, newest first")
    @ApiResponse(responseCode = "403", description = "a platform key, or an enterprise that did not post the need")
    @GetMapping("/feedback")
    List<Feedback> list(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id) {
        caller.requireRole(Role.BROKER, Role.ENTERPRISE);
        Need need = needs.get(id, caller);
        if (!caller.canManage(need.demanderOrgId())) {
            throw new ForbiddenException("need " + id + " was not posted by your organization");
        }
        return List.copyOf(graph.query(CypherResource.load("/cypher/feedback/list.cypher")).bind(id).to("needId")
                .fetchAs(Feedback.class).mappedBy((t, r) -> feedback(r)).all());
    }

    private static Feedback feedback(org.neo4j.driver.Record r) {
        return new Feedback(r.get("id").asString(), r.get("needId").asString(), r.get("orgId").asString(),
                r.get("status").asString(), r.get("reason").asString(null), r.get("broker").asString(null),
                r.get("at").asString(null));
    }
}
