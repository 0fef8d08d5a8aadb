package io.techmatch.api.match;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The body of {@code POST /needs/{id}/consortia}; every field is optional. */
public record ConsortiumInput(@Min(2) @Max(4) Integer maxSize, Boolean requireFirmLead, Boolean requireAcademic,
                              Boolean yrdOnly) {
}
