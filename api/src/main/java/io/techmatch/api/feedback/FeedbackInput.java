package io.techmatch.api.feedback;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A broker's verdict on one recommended organization for one need. */
public record FeedbackInput(
        @NotNull @Pattern(regexp = "contacted|accepted|rejected") String status,
        @Size(max = 2000) String reason) {
}
