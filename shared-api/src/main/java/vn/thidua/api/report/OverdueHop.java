package vn.thidua.api.report;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * P6 in the report: a proposal's stay at a unit that outlasted the due date recorded on its arrival. It ended at
 * {@code endedAt} (the unit forwarded, returned or decided it), or, null, it is still pending at the report's end.
 * {@code daysLate} counts from the due date to that end, to one decimal; it is null for a stay still pending in a
 * report without a cut-off (then the scheduler's overdue mark is what makes it late).
 */
public record OverdueHop(String campaignId, String proposalId, String awardType, String unitId, String level,
                         Instant dueAt, Instant endedAt, BigDecimal daysLate) {
}
