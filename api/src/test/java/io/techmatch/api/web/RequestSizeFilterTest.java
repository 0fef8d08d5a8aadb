package io.techmatch.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Bodies over the limit: refused from Content-Length at once, or while reading a body of unknown length. */
class RequestSizeFilterTest {
    private final RequestSizeFilter filter = new RequestSizeFilter(10, new ProblemWriter(new ObjectMapper()));

    @Test
    void aDeclaredLengthOverTheLimitIs413ProblemJson() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/needs");
        request.setContent(new byte[11]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the chain must not run");
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":413");
    }

    @Test
    void aChunkedBodyIsCutWhileReading() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/needs") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent("0123456789ABCDEF".getBytes());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            try {
                ((HttpServletRequest) req).getInputStream().readAllBytes();
            } catch (java.io.IOException e) {
                thrown.set(e);
            }
        });
        assertThat(thrown.get()).isInstanceOf(RequestSizeFilter.PayloadTooLargeException.class);
    }

    @Test
    void aBodyWithinTheLimitPassesUnchanged() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/needs");
        request.setContent("0123456789".getBytes());
        AtomicReference<byte[]> read = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> read.set(((HttpServletRequest) req).getInputStream().readAllBytes()));
        assertThat(new String(read.get())).isEqualTo("0123456789");
    }
}
