package vn.thidua.query.consistency;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Read-after-write without sleeps (DESIGN §6, issue "views"): a GET under {@code /api} is served once every running
 * view processor has passed the head of the event store as it was when the GET arrived, so anything committed
 * before the request (a client's own POST included) is in the answer, in every mode: it compares positions in the
 * store, not in this JVM. Processors rebuilding (replay) or in error are not waited for; past the timeout the answer
 * is served anyway and says so in {@code Thidua-Views-Behind}, never refused.
 */
@Component
class CaughtUpReads extends OncePerRequestFilter {

    static final String BEHIND_HEADER = "Thidua-Views-Behind";
    private static final long POLL_MILLIS = 5;

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Duration timeout;

    CaughtUpReads(EventStore eventStore, EventProcessingConfiguration processing,
                  @Value("${thidua.read-after-write.timeout:3s}") Duration timeout) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.timeout = timeout;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OptionalLong head = position(eventStore.createHeadToken());
        if (head.isPresent() && !awaitPosition(head.getAsLong())) {
            response.setHeader(BEHIND_HEADER, "true");
        }
        chain.doFilter(request, response);
    }

    private boolean awaitPosition(long head) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!allPassed(head)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private boolean allPassed(long head) {
        List<StreamingEventProcessor> views = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning).toList();
        for (StreamingEventProcessor view : views) {
            for (EventTrackerStatus segment : view.processingStatus().values()) {
                if (segment.isReplaying() || segment.isErrorState()) {
                    continue;
                }
                if (segment.getCurrentPosition().orElse(-1) < head) {
                    return false;
                }
            }
        }
        return true;
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
