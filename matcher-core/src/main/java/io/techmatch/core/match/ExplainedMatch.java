package io.techmatch.core.match;

import java.util.Map;

/**
 * A match with the explanations of its page: {@code explanations} has one entry per candidate of {@code result}, in
 * rank order, the same as {@link Matcher#explainAll} gives for that result.
 */
public record ExplainedMatch(MatchResult result, Map<String, Explanation> explanations) {
    public ExplainedMatch {
        explanations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(explanations));
    }
}
