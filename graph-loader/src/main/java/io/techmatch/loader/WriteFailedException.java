package io.techmatch.loader;

/**
 * A write batch failed for a reason other than the graph's or the reject report's own exceptions (which keep their
 * types). It ends the load: readers never turn it into a rejected row.
 */
public final class WriteFailedException extends RuntimeException {
    public WriteFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
