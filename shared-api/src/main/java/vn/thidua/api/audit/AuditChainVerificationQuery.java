package vn.thidua.api.audit;

/**
 * Recompute the audit log's hash chain against the event store and report the first link that does not hold.
 * Whole-store by nature, so it has no viewer scope: only auditors may ask it.
 */
public record AuditChainVerificationQuery() {
}
