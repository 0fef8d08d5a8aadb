package io.techmatch.api.web;

import java.net.URI;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Failures that mean "the graph cannot be reached right now" rather than "this request is wrong": the server is
 * down or restarting, a pooled connection died, or no connection came free within the acquisition timeout. They
 * may arrive wrapped (Spring Data's translation, our own wrappers), so the whole cause chain is searched.
 */
final class GraphOutage {
    static final URI TYPE = URI.create("urn:techmatch:problem:graph-unavailable");
    /** Seconds a client should wait before trying again: about one Neo4j restart on a small machine. */
    static final String RETRY_AFTER_SECONDS = "5";

    private GraphOutage() {
    }

    static boolean isCauseOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
                    || t instanceof TransientException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the knowledge graph is unreachable at the moment; retry in a few seconds "
                        + "(full-text search keeps working)");
        problem.setType(TYPE);
        problem.setTitle("Graph unavailable");
        return problem;
    }
}
