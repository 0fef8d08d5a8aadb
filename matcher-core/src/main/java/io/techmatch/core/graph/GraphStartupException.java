package io.techmatch.core.graph;

/** The graph could not be reached or started. The message is one line that says what to fix. */
public final class GraphStartupException extends RuntimeException {
    public GraphStartupException(String message, Throwable cause) {
        super(message, cause);
    }

    public GraphStartupException(String message) {
        super(message);
    }
}
