package vn.thidua.query.report;

import java.time.Instant;

/**
 * What a report covers: events after {@code end} are unknown to it (the cut-off), events before {@code start} shape
 * the cascade but are not counted. Either bound may be null: unbounded.
 */
record ReportWindow(Instant start, Instant end) {

    boolean known(Instant at) {
        return end == null || !at.isAfter(end);
    }

    boolean counted(Instant at) {
        return known(at) && (start == null || !at.isBefore(start));
    }
}
