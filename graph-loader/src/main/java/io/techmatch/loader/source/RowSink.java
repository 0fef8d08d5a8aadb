package io.techmatch.loader.source;

/** Receives what a source reader makes of its input: nodes, relationships, and rejected rows. */
public interface RowSink {
    void node(NodeRow row);

    void rel(RelRow row);

    /** A row that cannot be loaded; {@code field} is the offending field, or {@code "-"} for the whole row. */
    void reject(Origin origin, String field, String reason);

    /** One input row was read (whatever came of it). */
    void read(long bytes);
}
