package io.techmatch.evaluation.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Organization ids as docs/graph-model.md asks: {@code ORG-} + a stable hash of the normalized name. */
final class OrgIds {
    private OrgIds() {
    }

    /** NFKC (full-width brackets and digits become ASCII), no whitespace, lower case. */
    static String normName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    static String of(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normName(name).getBytes(StandardCharsets.UTF_8));
            return "ORG-" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
