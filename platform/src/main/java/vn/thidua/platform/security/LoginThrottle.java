package vn.thidua.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.thidua.platform.web.Problems;

/**
 * Login throttling: after {@code maxFailures} failed HTTP Basic sign-ins for one user name within {@code window},
 * the next attempts answer 429 (rule {@code AUTH_THROTTLED}) with {@code Retry-After} until the window has passed,
 * without checking the password, so guessing costs the guesser time and the server no bcrypt. The window starts at
 * the first failure and a successful sign-in clears it. Counters live in a bounded Caffeine cache (at most
 * {@value #TRACKED_NAMES} names, each forgotten when its window ends), so a flood of invented names cannot grow
 * memory; they are per instance, which bounds guesses to {@code maxFailures} × instances per window.
 */
final class LoginThrottle extends OncePerRequestFilter {

    static final String RULE = "AUTH_THROTTLED";
    private static final int TRACKED_NAMES = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Problems problems;
    private final Cache<String, AtomicInteger> failures;

    LoginThrottle(int maxFailures, Duration window, Problems problems) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.problems = problems;
        this.failures = Caffeine.newBuilder().maximumSize(TRACKED_NAMES).expireAfterWrite(window).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = basicUsername(request);
        if (username.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        AtomicInteger failed = failures.getIfPresent(username.get());
        if (failed != null && failed.get() >= maxFailures) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(window.toSeconds()));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, RULE, "too many failed sign-ins for "
                    + "this user name; try again in " + window.toSeconds() + " seconds");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            // expire-after-write: the window runs from the first failure, later ones do not extend it
            failures.asMap().computeIfAbsent(username.get(), name -> new AtomicInteger()).incrementAndGet();
        } else if (failed != null) {
            failures.invalidate(username.get());
        }
    }

    private static Optional<String> basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 ? Optional.of(decoded.substring(0, colon)) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
