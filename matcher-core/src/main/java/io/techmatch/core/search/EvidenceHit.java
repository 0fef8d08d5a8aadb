package io.techmatch.core.search;

import java.util.List;

/**
 * One retrieved evidence document. {@code score} is the score of the requested mode (fused for hybrid);
 * {@code lexicalScore} and {@code denseScore} are the components (0 when a component did not retrieve it).
 * {@code snippet} is a highlighted fragment of the body with matched terms wrapped in {@code <em>…</em>}
 * (HTML-escaped otherwise).
 */
public record EvidenceHit(
        String id,
        String kind,
        double score,
        double lexicalScore,
        double denseScore,
        String title,
        String snippet,
        List<String> ownerIds,
        List<String> ipcCodes,
        Integer year) {
}
