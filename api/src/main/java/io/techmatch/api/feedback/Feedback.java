package io.techmatch.api.feedback;

/** One stored verdict; {@code at} is an ISO-8601 instant and {@code broker} the name of the key that gave it. */
public record Feedback(String id, String needId, String orgId, String status, String reason, String broker,
                       String at) {
}
