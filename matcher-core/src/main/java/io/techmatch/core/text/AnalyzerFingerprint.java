package io.techmatch.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * A content hash of everything that decides how text is analyzed: the analyzer version, the domain terms actually
 * loaded (bundled, THUOCL, IPC phrases, user terms: their content, not their file names or dates), the stopwords,
 * and the synonym lists with their weights. An index records it at every commit; a different value on open means
 * its tokens were made by another analyzer, across restarts too.
 */
final class AnalyzerFingerprint {
    /**
     * Bump when the tokenizer or the filter chain changes behaviour (normalization, splitting, stopword handling): the
     * code is not part of the hash, so this is how a code change marks indexes stale.
     */
    static final String ANALYZER_VERSION = "hanlp-portable-1.8.6/techmatch-analyzer-1";

    private AnalyzerFingerprint() {
    }

    static String of(Collection<String> domainTerms) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, "version", java.util.List.of(ANALYZER_VERSION));
            update(sha, "terms", new TreeSet<>(domainTerms));
            update(sha, "stopwords", Resources.lines(HanLPAnalyzer.STOPWORDS_FILE));
            update(sha, "synonyms", Resources.lines(SynonymTable.DOMAIN_FILE));
            update(sha, "cilin", Resources.lines(SynonymTable.CILIN_FILE));
            update(sha, "weights", java.util.List.of(SynonymTable.DOMAIN_WEIGHT + "/" + SynonymTable.CILIN_WEIGHT + "/"
                    + SynonymTable.MAX_PER_TERM));
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String section, Iterable<String> lines) {
        sha.update(("\u0000" + section + "\u0000").getBytes(StandardCharsets.UTF_8));
        for (String line : lines) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
    }
}
