package io.techmatch.loader;

import io.techmatch.core.graph.CypherResource;
import io.techmatch.core.graph.GraphConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Session;

/**
 * Load runs recorded in the graph as {@code :LoadRun} nodes, so {@code status} in any process shows them: the
 * source, the files with the SHA-256 of their content, the counts, the start and end, and the outcome
 * ({@code running} until it ends, so a killed run stays visible as such; {@code completed}; {@code failed}).
 */
final class LoadRuns {
    private final GraphConnection graph;

    LoadRuns(GraphConnection graph) {
        this.graph = graph;
    }

    /** Records the start of a run; returns its id. */
    String start(SourceType source, List<Path> files, Instant startedAt) {
        String id = "LOADRUN-" + startedAt.toString() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> params = Map.of("id", id, "source", source.name().toLowerCase(java.util.Locale.ROOT),
                "files", files.stream().map(p -> p.toAbsolutePath().toString()).toList(),
                "hashes", files.stream().map(LoadRuns::sha256).toList(), "startedAt", startedAt.toString());
        write("/cypher/write/load-run-start.cypher", params);
        return id;
    }

    void completed(String id, LoadSummary summary, Instant finishedAt) {
        finish(id, "completed", null, finishedAt, summary);
    }

    void failed(String id, Throwable error, Instant finishedAt) {
        finish(id, "failed", String.valueOf(error.getMessage()), finishedAt, null);
    }

    /** The last {@code limit} runs, newest first. */
    List<GraphStatus.LoadRun> last(int limit) {
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            return session.executeRead(tx -> tx.run(CypherResource.load("/cypher/read/load-runs.cypher"),
                    Map.of("limit", limit)).list(r -> GraphStatus.LoadRun.of(r.get("run").asMap())));
        }
    }

    private void finish(String id, String outcome, String error, Instant finishedAt, LoadSummary s) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("outcome", outcome);
        params.put("error", error);
        params.put("finishedAt", finishedAt.toString());
        params.put("read", s == null ? null : s.read());
        params.put("created", s == null ? null : s.created());
        params.put("updated", s == null ? null : s.updated());
        params.put("unchanged", s == null ? null : s.unchanged());
        params.put("rejected", s == null ? null : s.rejected());
        params.put("derivedOrganizations", s == null ? null : s.derivedOrganizations());
        params.put("derivationMillis", s == null ? null : s.derivation().toMillis());
        write("/cypher/write/load-run-finish.cypher", params);
    }

    private void write(String resource, Map<String, Object> params) {
        try (Session session = graph.driver().session(graph.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> tx.run(CypherResource.load(resource), params).consume());
        }
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
