package vn.thidua.query.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.api.audit.AuditChainVerification;
import vn.thidua.api.audit.AuditChainVerification.BrokenLink;
import vn.thidua.api.audit.AuditChainVerification.Reason;
import vn.thidua.api.audit.AuditChainVerificationQuery;

/**
 * Recomputes the audit log's hash chain from the event store: walks the links in chain order, a batch at a time
 * (entries and the stored rows they name, so a history of any length is checked in constant memory), recomputes each
 * hash from the stored row as it is now, and names the first link that does not hold. Then checks that the store
 * holds no event, up to its head when the walk began, that the chain lacks.
 *
 * <p>It reads Axon's JPA store ({@code domain_event_entry}); with Axon Server the events are not in that table and
 * every link would be reported missing: there, Axon Server's own store must be checked instead.
 */
@Component
class AuditChainVerifier {

    private record Link(long position, String eventId, String aggregateType, String aggregateId, Long sequence,
                        String previousHash, String entryHash) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final StoredEvents storedEvents;
    private final int batchSize;

    AuditChainVerifier(NamedParameterJdbcTemplate jdbc, StoredEvents storedEvents,
                       @Value("${thidua.audit.verify-batch-size:1000}") int batchSize) {
        this.jdbc = jdbc;
        this.storedEvents = storedEvents;
        this.batchSize = batchSize;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    AuditChainVerification handle(AuditChainVerificationQuery query) {
        long head = storedEvents.head();
        long verified = 0;
        String hash = AuditChain.GENESIS;
        List<Link> batch = batchAfter(0);
        while (!batch.isEmpty()) {
            Map<String, StoredEvent> stored = storedEvents.find(batch.stream().map(Link::eventId).toList());
            for (Link link : batch) {
                Optional<BrokenLink> broken = check(link, verified, hash, stored.get(link.eventId()));
                if (broken.isPresent()) {
                    return AuditChainVerification.broken(verified, broken.get());
                }
                hash = link.entryHash();
                verified++;
            }
            batch = batchAfter(batch.get(batch.size() - 1).position());
        }
        long linked = verified;
        return storedEvents.firstUnlinked(head)
                .map(event -> AuditChainVerification.broken(linked, new BrokenLink(null, event.eventIdentifier(),
                        event.aggregateType(), event.aggregateIdentifier(), event.sequenceNumber(),
                        Reason.MISSING_FROM_CHAIN, "the event store holds event " + event.eventIdentifier()
                        + " (global index " + event.globalIndex() + ") and the audit chain has no link for it")))
                .orElseGet(() -> AuditChainVerification.intact(linked));
    }

    /** The link at chain position {@code verified + 1}, which must follow {@code previousHash}. */
    private static Optional<BrokenLink> check(Link link, long verified, String previousHash, StoredEvent stored) {
        if (link.position() != verified + 1 || !link.previousHash().equals(previousHash)) {
            return Optional.of(broken(link, Reason.CHAIN_BROKEN, "link " + link.position() + " (event " + link.eventId()
                    + ") does not follow link " + verified + ": the audit log's entries were removed, reordered or"
                    + " rewritten"));
        }
        if (stored == null) {
            return Optional.of(broken(link, Reason.MISSING_FROM_STORE, "the event store no longer holds event "
                    + link.eventId()));
        }
        if (!AuditChain.link(previousHash, stored).equals(link.entryHash())) {
            return Optional.of(broken(link, Reason.ALTERED, "event " + link.eventId()
                    + " as stored now does not hash to its link: its payload, metadata or another field was changed"));
        }
        return Optional.empty();
    }

    private static BrokenLink broken(Link link, Reason reason, String detail) {
        return new BrokenLink(link.position(), link.eventId(), link.aggregateType(), link.aggregateId(),
                link.sequence(), reason, detail);
    }

    private List<Link> batchAfter(long position) {
        return jdbc.query("""
                        select chain_position, event_id, aggregate_type, aggregate_id, sequence_number, previous_hash,
                               entry_hash
                        from q_audit_event where chain_position > :after order by chain_position limit :limit""",
                Map.of("after", position, "limit", batchSize), (rs, row) -> {
                    long sequence = rs.getLong("sequence_number");
                    return new Link(rs.getLong("chain_position"), rs.getString("event_id"),
                            rs.getString("aggregate_type"), rs.getString("aggregate_id"),
                            rs.wasNull() ? null : sequence, rs.getString("previous_hash"), rs.getString("entry_hash"));
                });
    }
}
