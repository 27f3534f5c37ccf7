package vn.thidua.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A1: the {@code Idempotency-Key} of a POST is its command id. The key, a hash of the request and the answer are
 * stored in the same transaction as the events the command appends (the command bus joins it), so a repeat
 * after a crash, a restart or on another instance either finds the stored answer or finds nothing was done.
 * A refused command is remembered too, in a transaction of its own once the command's has rolled back.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final IdempotencyStore store;
    private final TransactionTemplate transactions;
    private final Problems problems;

    public IdempotencyFilter(IdempotencyStore store, TransactionTemplate transactions, Problems problems) {
        this.store = store;
        this.transactions = transactions;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null || !key.matches("[A-Za-z0-9._:-]{8,200}")) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "A1",
                    "every POST needs an Idempotency-Key header of 8-200 letters, digits, '.', '_', ':' or '-'"
                            + " (a UUID is a good choice); it is the command id");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, Problems.REQUEST_RULE,
                    "the request body is larger than " + MAX_BODY_BYTES + " bytes");
            return;
        }
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        String fingerprint = fingerprint(request, username, body);
        request.setAttribute(RequestIds.COMMAND_ATTRIBUTE, key);
        HttpServletRequest replayable = new BodyRequest(request, body);
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);

        Optional<StoredAnswer> earlier = store.find(key);
        if (earlier.isEmpty()) {
            try {
                boolean committed = Boolean.TRUE.equals(transactions.execute(tx -> {
                    store.claim(key, fingerprint, username);
                    proceed(chain, replayable, recorder);
                    if (recorder.getStatus() >= 400) {
                        tx.setRollbackOnly();
                        return false;
                    }
                    store.complete(key, answerOf(recorder));
                    return true;
                }));
                if (!committed && recorder.getStatus() < 500) {
                    transactions.executeWithoutResult(tx -> {
                        store.claim(key, fingerprint, username);
                        store.complete(key, answerOf(recorder));
                    });
                }
                recorder.copyBodyToResponse();
                return;
            } catch (DataAccessException refusedAtCommit) {
                earlier = store.find(key);
                if (earlier.isEmpty()) {
                    // not the key taken meanwhile: the database refused what the command wrote when it was flushed
                    log.info("Write refused by the database at commit: {}", refusedAtCommit.getMessage());
                    response.resetBuffer();
                    problems.write(request, response, Problems.ofRefusedWrite(refusedAtCommit));
                    return;
                }
                recorder.resetBuffer();
            }
        }
        replay(request, response, key, fingerprint, earlier.get());
    }

    private void replay(HttpServletRequest request, HttpServletResponse response, String key, String fingerprint,
                        StoredAnswer earlier) throws IOException {
        if (!earlier.fingerprint().equals(fingerprint)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "A1",
                    "Idempotency-Key " + key + " was already used for a different request; use a new key");
            return;
        }
        if (earlier.pending()) {
            problems.write(request, response, HttpStatus.CONFLICT, "A1",
                    "the request with Idempotency-Key " + key + " is still being processed; repeat it later");
            return;
        }
        response.setStatus(earlier.status());
        response.setHeader(REPLAYED_HEADER, "true");
        if (earlier.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, earlier.location());
        }
        if (earlier.contentType() != null) {
            response.setContentType(earlier.contentType());
        }
        response.getOutputStream().write(earlier.body());
    }

    private static void proceed(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StoredAnswer answerOf(ContentCachingResponseWrapper recorded) {
        return new StoredAnswer(null, false, recorded.getStatus(), recorded.getContentType(),
                recorded.getHeader(HttpHeaders.LOCATION), recorded.getContentAsByteArray());
    }

    private static String fingerprint(HttpServletRequest request, String username, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getRequestURI() + '?' + request.getQueryString() + '\n' + username + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read, so it can be hashed and still be bound by Spring MVC. */
    private static final class BodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
