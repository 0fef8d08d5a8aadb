package io.techmatch.api.config;

import io.swagger.v3.oas.annotations.media.Schema;
import io.techmatch.api.web.BadRequestException;
import java.util.List;

/** The OpenAPI schema of every error body: RFC 9457 problem+json as {@code ProblemHandler} writes it. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "invalid request") String detail,
        @Schema(example = "/api/v1/needs") String instance,
        @Schema(description = "the bad fields of a 400, each with what is wrong")
        List<BadRequestException.FieldError> errors) {
}
