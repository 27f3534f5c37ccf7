package vn.thidua.query.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.ReviewConcluded;
import vn.thidua.api.campaign.ReviewOpened;
import vn.thidua.api.report.PhaseReport;
import vn.thidua.api.report.PhaseReportRequest;
import vn.thidua.api.report.ReportParameters;

/**
 * The phase report engine (DESIGN §6): it replays the event store from the start to its head as it was when the run
 * began, keeps what is known at the cut-off and belongs to the campaign's cascade, and folds it into the report. It
 * never reads a view, so a report depends only on the store and the request.
 */
@Component
public class PhaseReports {

    public static final String RULE = "REPORT";
    /** Periods are days in Vietnam, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int PROGRESS_EVERY = 1024;
    private static final long STALL_SECONDS = 60;

    /** A request checked against the store, with the window it resolved to. */
    public record Prepared(PhaseReportRequest request, String issuerId, ReportWindow window, Instant reviewConcludedAt) {
    }

    /** Told the number of events to read once, then how many were read as the replay goes. */
    public interface Progress {
        void total(long events);

        void read(long events);

        Progress NONE = new Progress() {
            @Override
            public void total(long events) {
            }

            @Override
            public void read(long events) {
            }
        };
    }

    private final EventStore eventStore;
    private final ObjectProvider<JdbcTemplate> jdbc;

    PhaseReports(EventStore eventStore, ObjectProvider<JdbcTemplate> jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /**
     * Refuses what cannot be reported: an unknown campaign (C1), a campaign launched after the cut-off, a period
     * that ends before it starts, a period together with a review, or a review the plan never opened.
     */
    public Prepared prepare(PhaseReportRequest request) {
        if (request == null || request.campaignId() == null) {
            throw RuleViolationException.invalid(RULE, "campaignId is required");
        }
        boolean period = request.from() != null || request.to() != null;
        if (period && request.reviewId() != null) {
            throw RuleViolationException.invalid(RULE, "a report covers a period (from, to) or up to a review (reviewId), not both");
        }
        if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
            throw RuleViolationException.invalid(RULE, "from " + request.from() + " is after to " + request.to());
        }
        String campaignId = request.campaignId().value();
        DomainEventStream stream = eventStore.readEvents(campaignId, 0);
        if (!stream.hasNext() || !(stream.peek().getPayload() instanceof CampaignLaunched launched)) {
            throw RuleViolationException.notFound("C1", "no campaign " + campaignId);
        }
        Instant asOf = request.asOf();
        if (asOf != null && stream.peek().getTimestamp().isAfter(asOf)) {
            throw RuleViolationException.invalid(RULE, "campaign " + campaignId + " was launched after " + asOf);
        }
        boolean reviewOpened = false;
        Instant concludedAt = null;
        while (request.reviewId() != null && stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            Object payload = event.getPayload();
            if (payload instanceof ReviewOpened opened && opened.reviewId().equals(request.reviewId())) {
                reviewOpened = true;
            } else if (payload instanceof ReviewConcluded concluded && concluded.reviewId().equals(request.reviewId())
                    && (asOf == null || !event.getTimestamp().isAfter(asOf))) {
                concludedAt = event.getTimestamp();
            }
        }
        if (request.reviewId() != null && !reviewOpened) {
            throw RuleViolationException.invalid(RULE, "campaign " + campaignId + " has no review " + request.reviewId());
        }
        Instant start = request.from() == null ? null : request.from().atStartOfDay(ZONE).toInstant();
        Instant end = earliest(asOf, concludedAt);
        if (request.to() != null) {
            end = earliest(end, request.to().plusDays(1).atStartOfDay(ZONE).toInstant().minusNanos(1));
        }
        return new Prepared(request, launched.issuerId().value(), new ReportWindow(start, end), concludedAt);
    }

    /** Prepares and runs in one go, for a caller that needs no progress (the command line). */
    public PhaseReport run(PhaseReportRequest request) {
        return run(prepare(request), Progress.NONE);
    }

    public PhaseReport run(Prepared prepared, Progress progress) {
        CascadeFold fold = new CascadeFold(prepared.request().campaignId().value(), prepared.window());
        OptionalLong head = position(eventStore.createHeadToken());
        progress.total(head.isPresent() ? count(head.getAsLong()) : 0);
        if (head.isPresent()) {
            replay(fold, head.getAsLong(), progress);
        }
        return new ReportAssembler(fold).assemble(parameters(prepared));
    }

    /**
     * Reads the whole store up to {@code head}: timestamps are not ordered by global index across concurrent
     * transactions, so stopping at the first event past the cut-off could miss one before it.
     */
    private void replay(CascadeFold fold, long head, Progress progress) {
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            long read = 0;
            while (true) {
                if (!stream.hasNextAvailable((int) STALL_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the event store gave nothing for " + STALL_SECONDS
                            + " s before its head " + head + " was reached (read " + read + ")");
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                fold.accept(event);
                read++;
                if (read % PROGRESS_EVERY == 0) {
                    progress.read(read);
                }
                if (position(event.trackingToken()).orElse(Long.MAX_VALUE) >= head) {
                    break;
                }
            }
            progress.read(read);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the report was interrupted", e);
        }
    }

    /** The rows up to the head, for the progress; with Axon Server there is no table and the head is near enough. */
    private long count(long head) {
        try {
            JdbcTemplate template = jdbc.getIfAvailable();
            Long rows = template == null ? null : template.queryForObject(
                    "select count(*) from domain_event_entry where global_index <= ?", Long.class, head);
            return rows == null ? head + 1 : rows;
        } catch (RuntimeException noTable) {
            return head + 1;
        }
    }

    private static ReportParameters parameters(Prepared prepared) {
        PhaseReportRequest request = prepared.request();
        return new ReportParameters(request.campaignId().value(), request.from(), request.to(),
                request.reviewId() == null ? null : request.reviewId().value(), request.asOf(), ZONE.getId(),
                prepared.window().start(), prepared.window().end(), prepared.reviewConcludedAt());
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
