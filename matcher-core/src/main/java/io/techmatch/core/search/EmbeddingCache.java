package io.techmatch.core.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings keyed by a SHA-256 of the embedded text, so unchanged text is never embedded twice. In memory always;
 * with a directory it is also an append-only file per model ({@code <model>.vec}: hash, dimension, floats), which is
 * read back at start. A torn last record (a crash mid-write) is ignored.
 */
final class EmbeddingCache {
    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);

    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private final Path file;

    EmbeddingCache(Path directory, String modelName) {
        this.file = directory == null ? null : directory.resolve(modelName + ".vec");
        if (file != null) {
            load();
        }
    }

    static String key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    float[] get(String key) {
        return vectors.get(key);
    }

    int size() {
        return vectors.size();
    }

    synchronized void putAll(Map<String, float[]> fresh) {
        vectors.putAll(fresh);
        if (file == null || fresh.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
                for (Map.Entry<String, float[]> e : fresh.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
        } catch (IOException e) {
            // the cache is an optimisation: losing it costs time, not correctness
            log.warn("Could not append {} embeddings to {}: {}", fresh.size(), file, e.toString());
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            while (true) {
                String key;
                try {
                    key = in.readUTF();
                } catch (EOFException end) {
                    break;
                }
                float[] v = new float[in.readInt()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = in.readFloat();
                }
                vectors.put(key, v);
            }
        } catch (EOFException torn) {
            log.warn("Embedding cache {} ends in a torn record; kept the {} complete ones", file, vectors.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read embedding cache " + file, e);
        }
        log.info("Embedding cache {}: {} vectors loaded", file, vectors.size());
    }
}
