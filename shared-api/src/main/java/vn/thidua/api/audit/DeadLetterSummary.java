package vn.thidua.api.audit;

import java.time.Instant;

/** An event a view failed to handle, parked with the failure's cause until it is retried. */
public record DeadLetterSummary(String eventId, String eventType, String aggregateType, String aggregateId,
                                Long sequence, Instant eventTime, Instant enqueuedAt, Instant lastTouched,
                                String causeType, String causeMessage) {
}
