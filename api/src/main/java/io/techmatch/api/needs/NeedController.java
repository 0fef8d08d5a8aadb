package io.techmatch.api.needs;

import io.techmatch.api.web.ApiCaller;
import io.techmatch.api.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Technology demands: search, create, read, update, close, bulk import. */
@Tag(name = "needs")
@RestController
@RequestMapping("/api/v1/needs")
class NeedController {
    static final String ID = "[A-Za-z0-9_-]{1,64}";

    private final NeedService needs;
    private final NeedImportParser parser;

    NeedController(NeedService needs, NeedImportParser parser) {
        this.needs = needs;
        this.parser = parser;
    }

    @Operation(summary = "Search needs visible to the caller (full text on title and body, filters)")
    @GetMapping
    Page<NeedSummary> list(ApiCaller caller,
                           @RequestParam(required = false) @Size(max = 200) String q,
                           @RequestParam(required = false) @Pattern(regexp = "open|closed") String status,
                           @RequestParam(required = false) @Size(max = 40) String region,
                           @RequestParam(required = false) @Size(max = 40) String industry,
                           @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                           @RequestParam(defaultValue = Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return needs.list(new NeedFilter(q, status, region, industry), caller, page, size);
    }

    @Operation(summary = "Post a need (enterprise keys post for their own organization)")
    @PostMapping
    ResponseEntity<Need> create(ApiCaller caller, @Valid @RequestBody NeedInput input) {
        Need need = needs.create(input, caller);
        return ResponseEntity.created(URI.create("/api/v1/needs/" + need.id())).body(need);
    }

    @GetMapping("/{id}")
    Need get(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id) {
        return needs.get(id, caller);
    }

    @PutMapping("/{id}")
    Need update(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id,
                @Valid @RequestBody NeedInput input) {
        return needs.update(id, input, caller);
    }

    @PostMapping("/{id}/close")
    Need close(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id) {
        return needs.close(id, caller);
    }

    @Operation(summary = "Import needs: a JSON array or JSON Lines; items with an existing id are updated")
    @PostMapping(path = "/import", consumes = {"application/json", "application/x-ndjson", "text/plain"})
    ImportResult importNeeds(ApiCaller caller, @RequestBody String body) {
        return needs.importRows(parser.parse(body), caller);
    }
}
