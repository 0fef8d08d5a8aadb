package io.techmatch.core.match;

/** The requested need, achievement, patent or organization is not in the graph (or not visible to the caller). */
public class NotFoundException extends RuntimeException {
    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super(kind + " '" + id + "' not found");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
