package io.techmatch.core.match;

/** An expert of the candidate who invented some of its evidence patents ({@code evidenceCount} of them). */
public record ExpertRef(String id, String name, String title, int evidenceCount) {
}
