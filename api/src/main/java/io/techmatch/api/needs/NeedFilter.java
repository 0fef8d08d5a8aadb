package io.techmatch.api.needs;

/** Filters of {@code GET /needs}; null means no filter. */
record NeedFilter(String q, String status, String region, String industry) {
}
