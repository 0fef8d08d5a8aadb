package io.techmatch.loader;

/** A load that cannot start: a file that is missing or wholly unreadable. Nothing has been written. */
public final class LoadException extends RuntimeException {
    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
