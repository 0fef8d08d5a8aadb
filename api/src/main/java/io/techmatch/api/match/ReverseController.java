package io.techmatch.api.match;

import io.techmatch.api.match.MatchDtos.ReverseItem;
import io.techmatch.api.match.MatchDtos.ReversePage;
import io.techmatch.api.web.ApiCaller;
import io.techmatch.api.web.Page;
import io.techmatch.core.match.ExplanationPath;
import io.techmatch.core.match.Matcher;
import io.techmatch.core.match.ReverseMatchResult;
import io.techmatch.core.match.ReverseRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reverse matching: the open needs an achievement, a patent or an organization could serve. Confidential needs are
 * included for brokers only (an enterprise would otherwise see other organizations' confidential needs).
 */
@Tag(name = "matching")
@RestController
@RequestMapping("/api/v1")
class ReverseController {
    private static final String ID = "[A-Za-z0-9_:./-]{1,64}";

    private final Matcher matcher;
    private final MatchMetrics metrics;

    ReverseController(Matcher matcher, MatchMetrics metrics) {
        this.matcher = matcher;
        this.metrics = metrics;
    }

    @Operation(operationId = "reverseFromAchievement",
            summary = "Open needs an achievement could serve, ranked")
    @GetMapping("/achievements/{id}/needs")
    ReversePage achievement(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(99) int page,
                            @RequestParam(defaultValue = Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return reverse("achievement", id, caller, page, size);
    }

    @Operation(operationId = "reverseFromPatent",
            summary = "Open needs a patent could serve, ranked")
    @GetMapping("/patents/{id}/needs")
    ReversePage patent(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id,
                       @RequestParam(defaultValue = "0") @Min(0) @Max(99) int page,
                       @RequestParam(defaultValue = Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return reverse("patent", id, caller, page, size);
    }

    @Operation(operationId = "reverseFromOrganization",
            summary = "Open needs an organization could serve, ranked")
    @GetMapping("/orgs/{id}/needs")
    ReversePage organization(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id,
                             @RequestParam(defaultValue = "0") @Min(0) @Max(99) int page,
                             @RequestParam(defaultValue = Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return reverse("organization", id, caller, page, size);
    }

    private ReversePage reverse(String kind, String id, ApiCaller caller, int page, int size) {
        ReverseRequest request = MatchController.input(
                () -> new ReverseRequest(kind, id, page * size, size, false, caller.isBroker()));
        ReverseMatchResult result = metrics.timed("reverse-" + kind,
                () -> MatchController.input(() -> matcher.reverse(request)));
        return new ReversePage(result.needs().stream().map(n -> new ReverseItem(n.needId(), n.title(), n.score(),
                n.demanderOrgId(), n.demanderName(), n.contributions(),
                n.paths().stream().map(ExplanationPath::sentence).findFirst().orElse(null))).toList(),
                page, size, result.total(), result.emptyReason());
    }
}
