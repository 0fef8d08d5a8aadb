package io.techmatch.api.config;

import io.techmatch.core.graph.GraphStartupException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a graph that cannot be reached or started into one line that says what to fix, without a stack trace. */
class GraphStartupFailureAnalyzer extends AbstractFailureAnalyzer<GraphStartupException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, GraphStartupException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix techmatch.neo4j.* (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, TECHMATCH_DATA_DIR) and restart.",
                cause);
    }
}
