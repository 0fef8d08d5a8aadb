package io.techmatch.api.needs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /needs} and {@code PUT /needs/{id}}, and one item of an import. */
public record NeedInput(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 20_000) String body,
        @Size(max = 100) String demanderOrgId,
        @Size(max = 40) String regionId,
        @Size(max = 40) String industryId,
        Boolean confidential,
        @Size(max = 100) String budget,
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date yyyy-MM-dd") String deadline,
        @Size(max = 10) List<@NotBlank @Size(max = 40) String> cooperationMethods) {

    public NeedInput {
        cooperationMethods = cooperationMethods == null ? List.of() : List.copyOf(cooperationMethods);
    }

    boolean isConfidential() {
        return Boolean.TRUE.equals(confidential);
    }
}
