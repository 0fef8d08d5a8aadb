package io.techmatch.api.search;

import io.techmatch.api.web.ApiCaller;
import io.techmatch.api.web.BadRequestException;
import io.techmatch.core.graph.GraphModel;
import io.techmatch.core.match.Matcher;
import io.techmatch.core.search.EvidenceHit;
import io.techmatch.core.search.EvidenceIndex;
import io.techmatch.core.search.SearchQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Full-text search over the evidence index. The query is analyzed text, never Lucene syntax; confidential needs
 * are searched for brokers only.
 */
@Tag(name = "search")
@RestController
@RequestMapping("/api/v1/search")
class SearchController {
    private final EvidenceIndex index;
    private final Matcher matcher;

    SearchController(EvidenceIndex index, Matcher matcher) {
        this.index = index;
        this.matcher = matcher;
    }

    /** One hit; {@code snippet} is HTML-escaped with matched terms in {@code <em>}. */
    record Item(String id, String kind, String title, String snippet, double score, List<String> ownerIds) {
    }

    record Result(List<Item> items) {
    }

    @Operation(operationId = "searchEvidence",
            summary = "Search patents, achievements, needs, projects and organizations (plain text, ranked)")
    @GetMapping
    Result search(ApiCaller caller, @RequestParam @NotBlank @Size(max = 500) String q,
                  @RequestParam(required = false) @Size(max = 5) List<String> kinds,
                  @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        Set<String> labels = new HashSet<>();
        if (kinds != null) {
            for (String kind : kinds) {
                if (!GraphModel.Label.TEXT_BEARING.contains(kind)) {
                    throw new BadRequestException("unknown kind " + kind,
                            List.of(new BadRequestException.FieldError("kinds",
                                    "must be among " + GraphModel.Label.TEXT_BEARING)));
                }
                labels.add(kind);
            }
        }
        List<EvidenceHit> hits = index.search(new SearchQuery(q, labels, limit,
                matcher.settings().retrievalMode(), caller.isBroker()));
        return new Result(hits.stream()
                .map(h -> new Item(h.id(), h.kind(), h.title(), h.snippet(), h.score(), h.ownerIds())).toList());
    }
}
