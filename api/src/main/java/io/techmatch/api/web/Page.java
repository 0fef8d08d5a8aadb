package io.techmatch.api.web;

import java.util.List;

/** One page of a list; {@code page} is 0-based and {@code size} at most {@link #MAX_SIZE}. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";

    public long skip() {
        return (long) page * size;
    }
}
