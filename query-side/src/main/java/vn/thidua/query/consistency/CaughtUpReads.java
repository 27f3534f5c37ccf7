package vn.thidua.query.consistency;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
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
 * is served anyway and says so in {@code Thidua-Views-Behind}, never refused. A segment another instance processes
 * (split mode: query sides share the segments through the token store) is judged by its token in the store, which
 * that instance commits with the views it has written.
 */
@Component
class CaughtUpReads extends OncePerRequestFilter {

    static final String BEHIND_HEADER = "Thidua-Views-Behind";
    private static final long POLL_MILLIS = 5;

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final EntityManagerProvider entityManagers;
    private final Serializer serializer;
    private final Duration timeout;

    CaughtUpReads(EventStore eventStore, EventProcessingConfiguration processing, EntityManagerProvider entityManagers,
                  @Qualifier("serializer") Serializer serializer, @Value("${thidua.read-after-write.timeout:3s}") Duration timeout) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.entityManagers = entityManagers;
        this.serializer = serializer;
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
        List<TokenEntry> stored = null;
        for (StreamingEventProcessor view : views) {
            Map<Integer, EventTrackerStatus> here = view.processingStatus();
            for (EventTrackerStatus segment : here.values()) {
                if (segment.isReplaying() || segment.isErrorState()) {
                    continue;
                }
                if (segment.getCurrentPosition().orElse(-1) < head) {
                    return false;
                }
            }
            if (stored == null) {
                stored = entityManagers.getEntityManager()
                        .createQuery("select t from TokenEntry t", TokenEntry.class).getResultList();
            }
            for (TokenEntry entry : stored) {
                if (!entry.getProcessorName().equals(view.getName()) || here.containsKey(entry.getSegment())) {
                    continue;
                }
                TrackingToken token = entry.getToken(serializer);
                if (token != null && !ReplayToken.isReplay(token) && token.position().orElse(-1) < head) {
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
