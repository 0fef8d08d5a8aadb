package io.techmatch.core.match;

/** A retrieved evidence document that counted for a candidate (kind = node label). */
public record EvidenceRef(String id, String kind, String title, Integer year, double score, String snippet) {
}
