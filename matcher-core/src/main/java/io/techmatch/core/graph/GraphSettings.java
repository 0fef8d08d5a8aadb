package io.techmatch.core.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the graph. With {@code uri == null} techmatch starts Neo4j embedded in-process and talks to it
 * over Bolt on loopback; otherwise it connects to the external server or cluster at {@code uri}
 * ({@code bolt://}, {@code neo4j://}, {@code neo4j+s://}). The same code path serves both.
 */
public record GraphSettings(
        String uri,
        String user,
        String password,
        String database,
        Embedded embedded,
        Duration connectTimeout,
        Duration acquisitionTimeout,
        Duration maxRetryTime) {

    /** Settings of the in-process DBMS. {@code boltPort == 0} picks a free loopback port. */
    public record Embedded(Path dataDir, int boltPort, String pageCacheSize) {
        public Embedded {
            Objects.requireNonNull(dataDir, "dataDir");
            if (boltPort < 0 || boltPort > 65535) {
                throw new IllegalArgumentException("boltPort must be 0..65535, was " + boltPort);
            }
        }
    }

    public GraphSettings {
        if (uri != null && uri.isBlank()) {
            uri = null;
        }
        database = database == null || database.isBlank() ? "neo4j" : database;
        connectTimeout = positiveOr(connectTimeout, Duration.ofSeconds(10), "connectTimeout");
        // How long a request waits for a pooled connection, and how long managed transactions retry on transient
        // failures. Both bound how long a request takes to fail while the graph is down (docs/operations.md).
        acquisitionTimeout = positiveOr(acquisitionTimeout, Duration.ofSeconds(5), "acquisitionTimeout");
        maxRetryTime = maxRetryTime == null ? Duration.ofSeconds(5) : maxRetryTime;
        if (maxRetryTime.isNegative()) {
            throw new IllegalArgumentException("maxRetryTime must not be negative, was " + maxRetryTime);
        }
        if (uri == null) {
            Objects.requireNonNull(embedded, "embedded settings are required when no uri is given");
        }
    }

    /** The timeouts of earlier versions: acquisition and retry time default to 5 s. */
    public GraphSettings(String uri, String user, String password, String database, Embedded embedded,
                         Duration connectTimeout) {
        this(uri, user, password, database, embedded, connectTimeout, null, null);
    }

    private static Duration positiveOr(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    public boolean isEmbedded() {
        return uri == null;
    }

    /** Embedded graph in {@code dataDir} on the given port. */
    public static GraphSettings embedded(Path dataDir, int boltPort) {
        return new GraphSettings(null, null, null, null, new Embedded(dataDir, boltPort, "256m"), null);
    }

    /** External server or cluster. */
    public static GraphSettings external(String uri, String user, String password) {
        return new GraphSettings(uri, user, password, null, null, null);
    }

    /**
     * Reads {@code NEO4J_URI}, {@code NEO4J_USER}, {@code NEO4J_PASSWORD} from the environment, falling back to an
     * embedded graph under {@code defaultDataDir}. Used by the command-line tools; the API binds the same values
     * through its typed configuration.
     */
    public static GraphSettings fromEnvironment(Path defaultDataDir) {
        String uri = System.getenv("NEO4J_URI");
        if (uri != null && !uri.isBlank()) {
            return external(uri, envOr("NEO4J_USER", "neo4j"), envOr("NEO4J_PASSWORD", ""));
        }
        String dataDir = System.getenv("TECHMATCH_DATA_DIR");
        Path dir = dataDir == null || dataDir.isBlank() ? defaultDataDir : Path.of(dataDir).resolve("neo4j");
        return embedded(dir, 0);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String toString() {
        // never print the password
        return isEmbedded()
                ? "GraphSettings[embedded " + embedded.dataDir() + ", bolt port " + embedded.boltPort() + "]"
                : "GraphSettings[" + uri + " as " + user + ", database " + database + "]";
    }
}
