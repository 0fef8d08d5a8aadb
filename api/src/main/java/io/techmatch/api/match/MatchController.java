package io.techmatch.api.match;

import io.techmatch.api.match.MatchDtos.ConsortiumDto;
import io.techmatch.api.match.MatchDtos.ExplanationDto;
import io.techmatch.api.match.MatchDtos.MatchPage;
import io.techmatch.api.match.MatchDtos.TextExplanations;
import io.techmatch.api.needs.Need;
import io.techmatch.api.needs.NeedService;
import io.techmatch.api.web.ApiCaller;
import io.techmatch.api.web.BadRequestException;
import io.techmatch.api.web.ForbiddenException;
import io.techmatch.api.web.Page;
import io.techmatch.api.web.Role;
import io.techmatch.core.match.ConsortiumOptions;
import io.techmatch.core.match.Explanation;
import io.techmatch.core.match.MatchOptions;
import io.techmatch.core.match.MatchRequest;
import io.techmatch.core.match.MatchResult;
import io.techmatch.core.match.Matcher;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching: ranked partners for a need or free text, their explanations, consortia. Brokers may match any need,
 * an enterprise its own needs, a platform public needs; confidential needs stay hidden from everyone else.
 */
@Tag(name = "matching")
@RestController
@RequestMapping("/api/v1")
class MatchController {
    static final String ID = "[A-Za-z0-9_-]{1,64}";
    static final String ORG_TYPE = "firm|university|institute|lab|hospital|agency";
    static final String REGION_PREFERENCE = "yrd|province|city|near|cross-region|none";

    private final Matcher matcher;
    private final NeedService needs;
    private final Neo4jClient graph;
    private final MatchMetrics metrics;

    MatchController(Matcher matcher, NeedService needs, Neo4jClient graph, MatchMetrics metrics) {
        this.matcher = matcher;
        this.needs = needs;
        this.graph = graph;
        this.metrics = metrics;
    }

    @Operation(operationId = "matchNeed",
            summary = "Ranked partners for a need, with filters, paging and the score breakdown")
    @ApiResponse(responseCode = "200", description = "a page of ranked partners, or none with the reason")
    @ApiResponse(responseCode = "403", description = "an enterprise key matching another organization's need")
    @GetMapping("/needs/{id}/matches")
    MatchPage matches(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id,
                      @RequestParam(required = false) @Size(max = 50) List<@Size(max = 40) String> regions,
                      @RequestParam(required = false) @Size(max = 6) List<@Pattern(regexp = ORG_TYPE) String> orgTypes,
                      @RequestParam(required = false) @Min(0) @Max(50) Integer minEvidence,
                      @RequestParam(required = false) @Min(1900) @Max(2100) Integer activeSince,
                      @RequestParam(required = false) @Pattern(regexp = REGION_PREFERENCE) String regionPreference,
                      @RequestParam(defaultValue = "0") @Min(0) @Max(99) int page,
                      @RequestParam(defaultValue = Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        checkMatchable(id, caller);
        MatchOptions options = input(() -> MatchOptionsFactory.options(regions, orgTypes, minEvidence, activeSince,
                regionPreference, page * size, size, true));
        // the matcher rejects options it cannot honour (e.g. a page beyond its result cap) with IllegalArgumentException
        return timed("need", () -> MatchPage.of(input(() -> matcher.matchNeed(id, options)), page, size));
    }

    @Operation(operationId = "matchText", summary = "Ranked partners for free text plus context")
    @PostMapping("/match")
    MatchPage matchText(ApiCaller caller, @Valid @RequestBody MatchInput in) {
        MatchRequest request = textRequest(caller, in);
        return timed("text", () -> MatchPage.of(input(() -> matcher.matchText(request)), 0, request.options().limit()));
    }

    private static MatchRequest textRequest(ApiCaller caller, MatchInput in) {
        int limit = in.limit() == null ? 20 : in.limit();
        MatchOptions options = input(() -> MatchOptionsFactory.options(in.regions(), in.orgTypes(), in.minEvidence(),
                in.activeSince(), in.regionPreference(), 0, limit, caller.isBroker()));
        return new MatchRequest(in.text(), in.demanderOrgId(), in.regionId(), in.industryId(), options);
    }

    @Operation(operationId = "explainText",
            summary = "Free-text match with up to three explanation paths per partner; each path starts with a "
                    + "hop labelled TEXT_MATCH (textMatch = true, not a stored edge) to a document the text retrieved")
    @ApiResponse(responseCode = "200", description = "the ranked partners and, per partner, its paths and sentences")
    @PostMapping("/match/explanations")
    TextExplanations explainText(ApiCaller caller, @Valid @RequestBody MatchInput in) {
        MatchRequest request = textRequest(caller, in);
        MatchResult result = timed("text", () -> input(() -> matcher.matchText(request)));
        Map<String, Explanation> byOrg = timed("text-explanation", () -> matcher.explainText(in.text(), result));
        List<ExplanationDto> explanations = result.candidates().stream()
                .map(c -> new ExplanationDto(null, c.orgId(), c.name(), byOrg.containsKey(c.orgId())
                        ? byOrg.get(c.orgId()).paths().stream().map(MatchDtos.PathDto::of).toList() : List.of()))
                .toList();
        return new TextExplanations(MatchPage.of(result, 0, request.options().limit()), explanations);
    }

    @Operation(operationId = "explainMatch",
            summary = "Up to three graph paths from the need to the organization, each with a Chinese sentence")
    @ApiResponse(responseCode = "200", description = "the paths as graph JSON, each with its sentence")
    @ApiResponse(responseCode = "403", description = "an enterprise key explaining another organization's need")
    @GetMapping("/needs/{id}/matches/{orgId}/explanation")
    ExplanationDto explanation(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id,
                               @PathVariable @Pattern(regexp = ID) String orgId) {
        checkMatchable(id, caller);
        var explanation = timed("explanation", () -> matcher.explain(id, orgId));
        String orgName = graph.query("MATCH (o:Organization {id: $id}) RETURN o.name AS name").bind(orgId).to("id")
                .fetchAs(String.class).one().orElse(null);
        return new ExplanationDto(id, orgId, orgName,
                explanation.paths().stream().map(MatchDtos.PathDto::of).toList());
    }

    @Operation(operationId = "buildConsortium", summary = "A consortium of 2-4 partners covering the need's facets")
    @ApiResponse(responseCode = "200", description = "the facets and the best teams, or none with the reason")
    @ApiResponse(responseCode = "403", description = "an enterprise key for another organization's need")
    @PostMapping("/needs/{id}/consortia")
    ConsortiumDto consortium(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id,
                             @Valid @RequestBody(required = false) ConsortiumInput in) {
        checkMatchable(id, caller);
        ConsortiumInput body = in == null ? new ConsortiumInput(null, null, null, null) : in;
        ConsortiumOptions defaults = ConsortiumOptions.defaults();
        // the need was checked above, so the matcher may read it even when confidential
        MatchOptions matchOptions = new MatchOptions(defaults.matchOptions().filters(),
                defaults.matchOptions().regionPreference(), java.util.Set.of(), 0, defaults.matchOptions().limit(), true);
        ConsortiumOptions options = input(() -> new ConsortiumOptions(2,
                body.maxSize() == null ? defaults.maxSize() : body.maxSize(),
                Boolean.TRUE.equals(body.requireFirmLead()), Boolean.TRUE.equals(body.requireAcademic()),
                Boolean.TRUE.equals(body.yrdOnly()), defaults.poolSize(), matchOptions));
        return ConsortiumMapper.map(timed("consortium", () -> input(() -> matcher.consortium(id, options))));
    }

    /** The caller must see the need (else 404) and, unless a broker or platform, have posted it (else 403). */
    private void checkMatchable(String needId, ApiCaller caller) {
        Need need = needs.get(needId, caller);
        if (caller.role() == Role.ENTERPRISE && !caller.ownsNeedOf(need.demanderOrgId())) {
            throw new ForbiddenException("an enterprise key may match only its own organization's needs");
        }
    }

    private <T> T timed(String kind, Supplier<T> work) {
        return metrics.timed(kind, work);
    }

    static <T> T input(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage(), List.of());
        }
    }
}
