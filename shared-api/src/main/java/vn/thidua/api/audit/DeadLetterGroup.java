package vn.thidua.api.audit;

import java.util.List;

/**
 * The dead-letter queue of one processing group: {@code sequences} aggregates whose later events wait behind a
 * failed one, {@code letters} events in all, the first of them in {@code items}.
 */
public record DeadLetterGroup(String group, long sequences, long letters, List<DeadLetterSummary> items) {
}
