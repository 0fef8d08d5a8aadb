package io.techmatch.api.web;

import java.util.List;

/** Input that passed Bean Validation but refers to something that does not exist: answered with 400. */
public class BadRequestException extends RuntimeException {
    private final List<FieldError> errors;

    public BadRequestException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One entry of the problem's {@code errors} list. */
    public record FieldError(String field, String message) {
    }
}
