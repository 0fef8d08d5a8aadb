package io.techmatch.api.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.techmatch.api.config.TechmatchProperties.ApiKey;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} by {@code X-API-Key} (401 when missing or unknown) and applies the key's token
 * bucket (429 with {@code Retry-After} when empty). The resolved {@link ApiCaller} is a request attribute.
 */
final class ApiKeyFilter extends OncePerRequestFilter {
    static final String HEADER = "X-API-Key";
    static final String CALLER_ATTRIBUTE = ApiCaller.class.getName();
    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

    private final ApiKeys keys;
    private final ProblemWriter problems;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ApiKeyFilter(ApiKeys keys, ProblemWriter problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented == null || presented.isBlank()) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "missing " + HEADER + " header", request.getRequestURI());
            return;
        }
        Optional<ApiKey> key = keys.find(presented.strip());
        if (key.isEmpty()) {
            log.info("Rejected unknown API key on {} {}", request.getMethod(), request.getRequestURI());
            problems.write(response, HttpStatus.UNAUTHORIZED, "unknown API key", request.getRequestURI());
            return;
        }
        ApiKey apiKey = key.get();
        ConsumptionProbe probe = buckets.computeIfAbsent(apiKey.name(), n -> bucket(apiKey.requestsPerMinute()))
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long waitSeconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
            response.setHeader("Retry-After", Long.toString(waitSeconds));
            log.info("Rate limited key {} on {}", apiKey.name(), request.getRequestURI());
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS,
                    "rate limit of " + apiKey.requestsPerMinute() + " requests per minute exceeded",
                    request.getRequestURI());
            return;
        }
        response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        request.setAttribute(CALLER_ATTRIBUTE,
                new ApiCaller(apiKey.name(), Role.fromCode(apiKey.role()), blankToNull(apiKey.orgId())));
        chain.doFilter(request, response);
    }

    private static Bucket bucket(int perMinute) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
