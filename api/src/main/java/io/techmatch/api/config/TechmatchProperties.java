package io.techmatch.api.config;

import io.techmatch.core.graph.GraphSettings;
import io.techmatch.core.search.EmbeddingModel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The one typed configuration root of the API ({@code techmatch.*}). Each part maps onto the plain settings record
 * of matcher-core, so the core never sees Spring.
 */
@Validated
@ConfigurationProperties("techmatch")
public record TechmatchProperties(
        @Valid @NotNull @DefaultValue Neo4j neo4j,
        @Valid @NotNull @DefaultValue Index index,
        @Valid @NotNull @DefaultValue Demo demo,
        @Valid @NotNull @DefaultValue Security security,
        @Valid @NotNull @DefaultValue Cors cors,
        @Valid @NotNull @DefaultValue Limits limits) {

    /**
     * {@code uri} empty means: start Neo4j embedded in {@code dataDir}. The three timeouts bound how long a request
     * waits while the graph is unreachable before it is answered with 503 (docs/operations.md).
     */
    public record Neo4j(
            String uri,
            @DefaultValue("neo4j") String user,
            String password,
            @DefaultValue("neo4j") String database,
            @NotNull @DefaultValue("./techmatch-data/neo4j") Path dataDir,
            @Min(0) @Max(65535) @DefaultValue("7687") int boltPort,
            @DefaultValue("256m") String pageCacheSize,
            @NotNull @DefaultValue("3s") Duration connectTimeout,
            @NotNull @DefaultValue("2s") Duration acquisitionTimeout,
            @NotNull @DefaultValue("1s") Duration maxRetryTime) {

        public GraphSettings toGraphSettings() {
            return new GraphSettings(uri, user, password, database,
                    new GraphSettings.Embedded(dataDir, boltPort, pageCacheSize), connectTimeout, acquisitionTimeout,
                    maxRetryTime);
        }
    }

    /**
     * The evidence index beside the graph; {@code dense} adds bge-small-zh vectors, embedded in the background, and
     * makes matching hybrid (on by default: see the README for the start-up cost and the quality it buys);
     * {@code embeddingModel} FULL (the default: better, and the same vectors on every CPU) or QUANTIZED (int8, about
     * 1.7x faster to embed, but its vectors depend on the CPU: docs/retrieval.md).
     */
    public record Index(@NotNull @DefaultValue("./techmatch-data/index") Path dir,
                        @DefaultValue("true") boolean dense,
                        @NotNull @DefaultValue("FULL") EmbeddingModel embeddingModel) {
    }

    /** Load the built-in demo dataset when the graph holds no need yet. */
    public record Demo(@DefaultValue("true") boolean loadWhenEmpty) {
    }

    /** API keys, each stored as the hex SHA-256 of the key, never the key itself. */
    public record Security(@Valid @NotNull @DefaultValue List<ApiKey> apiKeys) {
    }

    public record ApiKey(@NotBlank String name, @NotBlank String sha256, @NotBlank String role, String orgId,
                         @Min(1) @DefaultValue("120") int requestsPerMinute) {
    }

    public record Cors(@NotNull @DefaultValue List<String> allowedOrigins) {
    }

    /** Request body limit (413 above it) and the paging maximum. */
    /**
     * {@code concurrentMatches}: matching computations run at once (0 = two per core); a request that finds none free
     * within {@code matchQueueWait} is answered 503 with Retry-After, so a burst of matches can neither starve cheap
     * requests of threads nor hold unbounded memory (docs/operations.md, "Load" and "Memory").
     */
    public record Limits(@Min(1) @DefaultValue("1048576") long maxRequestBytes,
                         @Min(1) @DefaultValue("100") int maxPageSize,
                         @Min(0) @DefaultValue("0") int concurrentMatches,
                         @NotNull @DefaultValue("10s") Duration matchQueueWait) {

        public int effectiveConcurrentMatches() {
            return concurrentMatches > 0 ? concurrentMatches : 2 * Runtime.getRuntime().availableProcessors();
        }
    }
}
