package vn.thidua.api.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The request and the window it resolved to: events at or after {@code windowStart} are counted, nothing after
 * {@code windowEnd} is known (null: unbounded). {@code reviewConcludedAt} is when the named review concluded, if
 * it had by the cut-off.
 */
public record ReportParameters(String campaignId, LocalDate from, LocalDate to, String reviewId, Instant asOf,
                               String timeZone, Instant windowStart, Instant windowEnd, Instant reviewConcludedAt) {
}
