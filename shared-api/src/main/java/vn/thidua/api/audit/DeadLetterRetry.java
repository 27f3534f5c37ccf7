package vn.thidua.api.audit;

/** What one retry did: sequences handled without failure, and letters still queued (failed again or new). */
public record DeadLetterRetry(String group, int succeeded, long remaining) {
}
