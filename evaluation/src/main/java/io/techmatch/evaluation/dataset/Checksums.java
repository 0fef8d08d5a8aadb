package io.techmatch.evaluation.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over the inputs of a dataset, in a fixed order, printed as {@code sha256:…} (first 16 hex digits). */
final class Checksums {
    private final MessageDigest digest;

    Checksums() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Checksums file(Path path) {
        try {
            digest.update(path.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    Checksums text(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    String value() {
        return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
