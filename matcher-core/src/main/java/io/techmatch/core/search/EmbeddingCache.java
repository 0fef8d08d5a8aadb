package io.techmatch.core.search;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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
 * read back at start.
 *
 * <p>The file is shared by every process of a user (the app, evaluation runs, test JVMs). A batch is appended as one
 * write while holding an exclusive {@link FileLock} on the file, so appends of several processes never interleave.
 * Readers take no lock: a reader that meets a record still being written stops before it (and reads it at its next
 * append). Before appending, a writer reads what others appended since it last looked (kept, so it is not embedded
 * again) and cuts off bytes that are not a complete record (a process killed mid-write), so that records appended
 * after them stay readable.
 */
final class EmbeddingCache {
    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
    /** The key is a hex SHA-256; a record whose header says otherwise is not one. */
    private static final int KEY_CHARS = 64;
    private static final int MAX_DIMENSION = 8192;
    /**
     * A {@link FileLock} is held on behalf of the whole JVM (a second lock on the same file from this JVM throws), so
     * the caches of one JVM take turns on this monitor before locking the file. Appends are rare and short.
     */
    private static final Object APPEND_LOCK = new Object();

    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private final Path file;
    /** Where the records this cache has read or written end; guarded by {@link #APPEND_LOCK} after construction. */
    private long knownEnd;

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

    void putAll(Map<String, float[]> fresh) {
        vectors.putAll(fresh);
        if (file == null || fresh.isEmpty()) {
            return;
        }
        ByteBuffer batch = ByteBuffer.wrap(encode(fresh));
        try {
            Files.createDirectories(file.getParent());
            synchronized (APPEND_LOCK) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                    long size = channel.size();
                    long end = readRecords(channel, size < knownEnd ? 0 : knownEnd); // size < knownEnd: file replaced
                    if (end < channel.size()) {
                        log.warn("Embedding cache {}: cut {} bytes after offset {} that are not a complete record",
                                file, channel.size() - end, end);
                        channel.truncate(end);
                    }
                    channel.position(end);
                    while (batch.hasRemaining()) {
                        channel.write(batch);
                    }
                    knownEnd = channel.position();
                }
            }
        } catch (IOException e) {
            // the cache is an optimisation: losing it costs time, not correctness
            log.warn("Could not append {} embeddings to {}: {}", fresh.size(), file, e.toString());
        }
    }

    private static byte[] encode(Map<String, float[]> fresh) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(fresh.size() * (6 + KEY_CHARS + 4 * 512));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Map.Entry<String, float[]> e : fresh.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = readRecords(channel, 0);
            synchronized (APPEND_LOCK) {
                knownEnd = end;
            }
            if (end < channel.size()) {
                log.warn("Embedding cache {}: the {} bytes after offset {} are not a complete record (a write in "
                        + "progress or a crash mid-write); kept the {} complete ones", file, channel.size() - end, end,
                        vectors.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read embedding cache " + file, e);
        }
        log.info("Embedding cache {}: {} vectors loaded", file, vectors.size());
    }

    /**
     * Reads the records from {@code from} on into the map (existing keys are kept) and returns where the last
     * complete, well-formed one ends: at a torn or malformed record the rest is not trusted.
     */
    private long readRecords(FileChannel channel, long from) throws IOException {
        channel.position(from);
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
        long end = from;
        byte[] key = new byte[KEY_CHARS];
        while (true) {
            try {
                if (in.readUnsignedShort() != KEY_CHARS) {
                    return end;
                }
                in.readFully(key);
                int dimension = in.readInt();
                if (!isHex(key) || dimension < 1 || dimension > MAX_DIMENSION) {
                    return end;
                }
                float[] v = new float[dimension];
                for (int i = 0; i < dimension; i++) {
                    v[i] = in.readFloat();
                }
                vectors.putIfAbsent(new String(key, StandardCharsets.US_ASCII), v);
                end += 2 + KEY_CHARS + 4 + 4L * dimension;
            } catch (EOFException torn) {
                return end;
            }
        }
    }

    private static boolean isHex(byte[] key) {
        for (byte b : key) {
            if (!(b >= '0' && b <= '9' || b >= 'a' && b <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
