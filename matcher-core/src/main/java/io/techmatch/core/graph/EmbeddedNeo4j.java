package io.techmatch.core.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j Community running in this JVM, reachable only over Bolt on 127.0.0.1. Nothing talks to it through the
 * embedded API: every query goes over Bolt, so the code is the same as against an external server.
 */
final class EmbeddedNeo4j implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final Path home;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, Path home, int boltPort) {
        this.dbms = dbms;
        this.home = home;
        this.boltPort = boltPort;
    }

    static EmbeddedNeo4j start(GraphSettings.Embedded settings) {
        Path home = settings.dataDir().toAbsolutePath().normalize();
        ensureWritable(home);
        long started = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", settings.boltPort()))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // Loopback only, so no credentials: nothing outside this machine can connect.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes(settings.pageCacheSize()))
                    // Bolt waits 10 s for its threads on shutdown by default; tests and CLIs restart often.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
                    .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
                    .build();
        } catch (RuntimeException e) {
            throw new GraphStartupException("Embedded Neo4j could not start in " + home + " on 127.0.0.1:"
                    + settings.boltPort() + ": " + rootMessage(e)
                    + " (is the port in use, or another process using this data directory?)", e);
        }
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        HostnamePort address = system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        log.info("Embedded Neo4j started in {} ms, data in {}, Bolt on 127.0.0.1:{}",
                (System.nanoTime() - started) / 1_000_000, home, address.getPort());
        return new EmbeddedNeo4j(dbms, home, address.getPort());
    }

    String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    Path home() {
        return home;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        dbms.shutdown();
        log.info("Embedded Neo4j in {} stopped in {} ms", home, (System.nanoTime() - started) / 1_000_000);
    }

    private static void ensureWritable(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException | SecurityException e) {
            throw new GraphStartupException("Embedded Neo4j data directory " + home
                    + " cannot be created (" + rootMessage(e) + "): set techmatch.neo4j.data-dir / TECHMATCH_DATA_DIR"
                    + " to a writable directory", e);
        }
        if (!Files.isDirectory(home) || !Files.isWritable(home)) {
            throw new GraphStartupException("Embedded Neo4j data directory " + home
                    + " is not writable: set techmatch.neo4j.data-dir / TECHMATCH_DATA_DIR to a writable directory");
        }
    }

    private static long pageCacheBytes(String size) {
        String s = size == null ? "256m" : size.trim().toLowerCase();
        long unit = switch (s.isEmpty() ? ' ' : s.charAt(s.length() - 1)) {
            case 'k' -> ByteUnit.kibiBytes(1);
            case 'm' -> ByteUnit.mebiBytes(1);
            case 'g' -> ByteUnit.gibiBytes(1);
            default -> 1;
        };
        String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
        try {
            return Long.parseLong(digits.trim()) * unit;
        } catch (NumberFormatException e) {
            throw new GraphStartupException("Embedded Neo4j page cache size '" + size
                    + "' is not a size such as 256m or 2g");
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
