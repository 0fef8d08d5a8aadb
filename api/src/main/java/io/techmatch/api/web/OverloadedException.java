package io.techmatch.api.web;

/** The service is too busy to take this request now (a bounded queue is full): answered with 503 and Retry-After. */
public class OverloadedException extends RuntimeException {
    public OverloadedException(String message) {
        super(message);
    }
}
