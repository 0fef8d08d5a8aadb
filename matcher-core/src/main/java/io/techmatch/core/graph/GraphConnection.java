package io.techmatch.core.graph;

import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open connection to the graph: a Bolt driver, and the embedded DBMS behind it when there is one. This is the
 * single place that decides between embedded and external; everything above it sees only the driver.
 */
public final class GraphConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GraphConnection.class);

    private final GraphSettings settings;
    private final EmbeddedNeo4j embedded;
    private final Driver driver;
    private final String uri;

    private GraphConnection(GraphSettings settings, EmbeddedNeo4j embedded, Driver driver, String uri) {
        this.settings = settings;
        this.embedded = embedded;
        this.driver = driver;
        this.uri = uri;
    }

    /**
     * Starts the embedded DBMS if the settings ask for it, connects, verifies the connection and applies the
     * schema migrations. Fails fast with a {@link GraphStartupException} whose message says what to fix.
     */
    public static GraphConnection open(GraphSettings settings) {
        EmbeddedNeo4j embedded = settings.isEmbedded() ? EmbeddedNeo4j.start(settings.embedded()) : null;
        String uri = embedded != null ? embedded.boltUri() : settings.uri();
        AuthToken auth = embedded != null ? AuthTokens.none() : AuthTokens.basic(
                settings.user() == null ? "neo4j" : settings.user(),
                settings.password() == null ? "" : settings.password());
        Driver driver = null;
        try {
            driver = GraphDatabase.driver(uri, auth, driverConfig(settings));
            driver.verifyConnectivity();
            GraphConnection connection = new GraphConnection(settings, embedded, driver, uri);
            new SchemaMigrator(connection).migrate();
            OrganizationSummaries.refreshMissing(connection);
            return connection;
        } catch (RuntimeException e) {
            if (driver != null) {
                driver.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw translate(e, uri, settings);
        }
    }

    private static Config driverConfig(GraphSettings settings) {
        // Explicit timeouts everywhere: without them a bad network makes the driver wait forever, and while the
        // graph is down a request fails only after the acquisition timeout or the retry time has passed.
        return Config.builder()
                .withConnectionTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(settings.acquisitionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(settings.maxRetryTime().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxConnectionPoolSize(64)
                .build();
    }

    private static RuntimeException translate(RuntimeException e, String uri, GraphSettings settings) {
        if (e instanceof GraphStartupException) {
            return e;
        }
        if (e instanceof AuthenticationException) {
            return new GraphStartupException("Neo4j at " + uri + " rejected the credentials of user '"
                    + settings.user() + "': check NEO4J_USER and NEO4J_PASSWORD", e);
        }
        if (e instanceof SecurityException) {
            return new GraphStartupException("Neo4j at " + uri + " refused the connection ("
                    + e.getMessage() + "): check NEO4J_USER, NEO4J_PASSWORD and the TLS scheme of NEO4J_URI", e);
        }
        if (e instanceof ServiceUnavailableException) {
            return new GraphStartupException("Neo4j is not reachable at " + uri + " (" + e.getMessage()
                    + "): check NEO4J_URI, or unset it to use the embedded graph", e);
        }
        if (e instanceof IllegalArgumentException) {
            return new GraphStartupException("NEO4J_URI '" + uri + "' is not a Neo4j URI ("
                    + e.getMessage() + "): use bolt://host:7687, neo4j://host or neo4j+s://host", e);
        }
        if (e instanceof ClientException) {
            return new GraphStartupException("Neo4j at " + uri + " refused the request: " + e.getMessage(), e);
        }
        return new GraphStartupException("Neo4j at " + uri + " could not be used: "
                + EmbeddedNeo4j.rootMessage(e), e);
    }

    public Driver driver() {
        return driver;
    }

    /** A session config for the configured database; every query in techmatch goes through this. */
    public SessionConfig sessionConfig() {
        return SessionConfig.forDatabase(settings.database());
    }

    /** The Bolt URI in use: the external one, or the embedded server's loopback address. */
    public String uri() {
        return uri;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public GraphSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
        log.info("Graph connection to {} closed", uri);
    }
}
