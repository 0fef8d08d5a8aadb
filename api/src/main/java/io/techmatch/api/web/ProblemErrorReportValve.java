package io.techmatch.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error report, for the requests it refuses before Spring sees them: an encoded '/' or '\' in a path,
 * an invalid percent-encoding, a request line or headers over the size limit. Tomcat would answer those with an
 * HTML page; this valve answers them with an RFC 9457 problem like every other error. It only writes when nothing
 * else wrote a body, so the application's own problems pass through untouched.
 */
public class ProblemErrorReportValve extends ErrorReportValve {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status == null ? "Error " + code : status.getReasonPhrase());
        problem.put("status", code);
        problem.put("detail", code == 400
                ? "the request line or headers are malformed: an encoded '/' or '\\' in the path, an invalid "
                + "percent-encoding, a character not allowed in a URL, or more than the size limit of URL and headers"
                : code >= 500 ? "an unexpected error occurred; it has been logged"
                : status == null ? "error " + code : status.getReasonPhrase());
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response cannot take a body any more: nothing left to tell anyone
        }
    }
}
