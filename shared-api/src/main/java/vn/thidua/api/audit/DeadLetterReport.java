package vn.thidua.api.audit;

import java.util.List;

/** The dead-letter queue of every view, empty ones included. */
public record DeadLetterReport(List<DeadLetterGroup> groups) {
}
