package io.techmatch.api.web;

/** No such resource, or one the caller may not know exists (confidential needs): answered with 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
