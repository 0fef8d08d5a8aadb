package io.techmatch.api.match;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /match}: free text plus context and the same filters as a need's matches. */
public record MatchInput(
        @NotBlank @Size(max = 5_000) String text,
        @Size(max = 100) String demanderOrgId,
        @Size(max = 40) String regionId,
        @Size(max = 40) String industryId,
        @Size(max = 50) List<@NotBlank @Size(max = 40) String> regions,
        @Size(max = 6) List<@Pattern(regexp = MatchController.ORG_TYPE) String> orgTypes,
        @Min(0) @Max(50) Integer minEvidence,
        @Min(1900) @Max(2100) Integer activeSince,
        @Pattern(regexp = MatchController.REGION_PREFERENCE) String regionPreference,
        @Min(1) @Max(100) Integer limit) {
}
