package io.techmatch.api.needs;

import io.techmatch.api.web.ApiCaller;
import io.techmatch.api.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.techmatch.api.web.Role;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
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

    @Operation(operationId = "listNeeds", summary = "Search needs visible to the caller: full text and filters",
            description = "Without q: newest first. With q: HanLP full text over title and body, best match first; "
                    + "a need is found when it holds every word of q (or a synonym). q is plain text, never query "
                    + "syntax. Confidential needs are listed only for brokers and the posting organization.")
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

    @Operation(operationId = "createNeed", summary = "Post a need (enterprise keys post for their own organization)")
    @ApiResponse(responseCode = "201", description = "the need as stored; Location names it")
    @ApiResponse(responseCode = "403", description = "a platform key, or an enterprise posting for another org")
    @PostMapping
    ResponseEntity<Need> create(ApiCaller caller, @Valid @RequestBody NeedInput input) {
        Need need = needs.create(input, caller);
        return ResponseEntity.created(URI.create("/api/v1/needs/" + need.id())).body(need);
    }

    @Operation(operationId = "getNeed", summary = "One need (a confidential need of another organization is 404)")
    @GetMapping("/{id}")
    Need get(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id) {
        return needs.get(id, caller);
    }

    @Operation(operationId = "updateNeed", summary = "Replace a need's fields (brokers, and the posting enterprise)")
    @ApiResponse(responseCode = "200", description = "the need as stored")
    @ApiResponse(responseCode = "403", description = "a platform key, or an enterprise that did not post the need")
    @PutMapping("/{id}")
    Need update(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id,
                @Valid @RequestBody NeedInput input) {
        return needs.update(id, input, caller);
    }

    @Operation(operationId = "closeNeed", summary = "Close a need (brokers, and the posting enterprise)")
    @ApiResponse(responseCode = "200", description = "the closed need")
    @ApiResponse(responseCode = "403", description = "a platform key, or an enterprise that did not post the need")
    @PostMapping("/{id}/close")
    Need close(ApiCaller caller, @PathVariable @Pattern(regexp = ID) String id) {
        return needs.close(id, caller);
    }

    @Operation(operationId = "importNeeds",
            summary = "Import needs: a JSON array or JSON Lines; items with an existing id are updated",
            description = "Each bad line is rejected with its reason and never stops the others; at most 5,000 needs.")
    @ApiResponse(responseCode = "200", description = "counts, and each rejected line with its reason")
    @ApiResponse(responseCode = "403", description = "a platform key")
    @PostMapping(path = "/import", consumes = {"application/json", "application/x-ndjson", "text/plain"})
    ImportResult importNeeds(ApiCaller caller, @RequestBody String body) {
        return needs.importRows(parser.parse(body), caller);
    }

    @Operation(operationId = "importNeedsFile",
            summary = "Import needs from an uploaded file: CSV (UTF-8), XLSX, JSON Lines or a JSON array",
            description = "The part 'file'; its name's extension gives the format. Table headers name the columns "
                    + "as the JSON fields: id, title, body, demanderOrgId, regionId, industryId, confidential, budget, "
                    + "deadline, cooperationMethods (separated by ; or 、). Rejected lines carry their file line.")
    @ApiResponse(responseCode = "200", description = "counts, and each rejected file line with its reason")
    @ApiResponse(responseCode = "403", description = "a platform key")
    @PostMapping(path = "/import/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importFile(ApiCaller caller, @RequestPart("file") MultipartFile file) throws IOException {
        caller.requireRole(Role.BROKER, Role.ENTERPRISE);
        return needs.importRows(parser.parseFile(file.getOriginalFilename(), file.getBytes()), caller);
    }
}
