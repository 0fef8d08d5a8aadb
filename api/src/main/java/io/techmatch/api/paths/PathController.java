package io.techmatch.api.paths;

import io.techmatch.api.web.ApiCaller;
import io.techmatch.core.graph.CypherResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bounded path exploration between two nodes of the graph, as graph JSON. */
@Tag(name = "paths")
@RestController
@RequestMapping("/api/v1/paths")
class PathController {
    private static final String ID = "[A-Za-z0-9_:./-]{1,64}";

    private final Neo4jClient graph;
    private final ObjectMapper json;

    PathController(Neo4jClient graph, ObjectMapper json) {
        this.graph = graph;
        this.json = json;
    }

    /** The paths, shortest first; empty when the nodes are unknown or further apart than maxLength. */
    record Paths(List<GraphPath> paths) {
    }

    /** One path: its nodes in order and the relationships between them (in their stored direction). */
    record GraphPath(List<PathNode> nodes, List<PathEdge> edges) {
    }

    /** {@code label}: Organization, Need, Patent, Achievement, Expert, Project, IpcClass, Industry or Region. */
    record PathNode(String id, String label, String name) {
    }

    /** {@code properties}: the relationship's own properties, e.g. {@code count} or {@code weight}. */
    record PathEdge(String from, String to, String type, Map<String, Object> properties) {
    }

    @Operation(operationId = "findPaths",
            summary = "Shortest paths of at most maxLength (1..4) hops between two nodes, by their ids")
    @GetMapping
    Paths between(ApiCaller caller, @RequestParam @NotBlank @Pattern(regexp = ID) String from,
                  @RequestParam @NotBlank @Pattern(regexp = ID) String to,
                  @RequestParam(defaultValue = "3") @Min(1) @Max(4) int maxLength) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("maxLength", (long) maxLength);
        params.put("seeAll", caller.isBroker());
        params.put("orgId", caller.visibleOrgId());
        return new Paths(graph.query(CypherResource.load("/cypher/paths/between.cypher")).bindAll(params).fetch()
                .all().stream().map(row -> json.convertValue(row, GraphPath.class)).toList());
    }
}
