package vn.thidua.api.audit;

/**
 * The answer of {@link AuditChainVerificationQuery}: {@code verified} links held, in chain order, before the first
 * broken one ({@code firstBroken}, null when the chain is {@code intact}).
 */
public record AuditChainVerification(long verified, boolean intact, BrokenLink firstBroken) {

    public static AuditChainVerification intact(long verified) {
        return new AuditChainVerification(verified, true, null);
    }

    public static AuditChainVerification broken(long verified, BrokenLink link) {
        return new AuditChainVerification(verified, false, link);
    }

    /**
     * Where the chain breaks. {@code chainPosition} is null for a stored event the chain lacks; the aggregate fields
     * are null for an event that was never stored or that no aggregate applied.
     */
    public record BrokenLink(Long chainPosition, String eventIdentifier, String aggregateType,
                             String aggregateIdentifier, Long sequenceNumber, Reason reason, String detail) {
    }

    public enum Reason {
        /** The stored event no longer hashes to its link: payload, metadata or another stored field was changed. */
        ALTERED,
        /** The chain links an event the event store no longer holds. */
        MISSING_FROM_STORE,
        /** The store holds an event the chain lacks: inserted behind the application's back, or the last links removed. */
        MISSING_FROM_CHAIN,
        /** A link does not follow the one before it: audit rows were removed, reordered or rewritten. */
        CHAIN_BROKEN
    }
}
