package vn.thidua.query.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/**
 * One event in the audit log. Immutable to Hibernate and always new to Spring Data, so a row is only ever inserted:
 * the log has no update path. Each entry is a link of the log's hash chain ({@link AuditChain}).
 */
@Entity
@Immutable
@Table(name = "q_audit_event")
class AuditEventView implements Persistable<String> {

    @Id
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "global_index")
    private long globalIndex;
    @Column(name = "event_type")
    private String eventType;
    @Column(name = "aggregate_type")
    private String aggregateType;
    @Column(name = "aggregate_id")
    private String aggregateId;
    @Column(name = "sequence_number")
    private Long sequenceNumber;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Column(name = "actor_unit")
    private String actorUnit;
    @Column(name = "correlation_id")
    private String correlationId;
    private String payload;
    @Column(name = "chain_position")
    private long chainPosition;
    @Column(name = "previous_hash")
    private String previousHash;
    @Column(name = "entry_hash")
    private String entryHash;

    protected AuditEventView() {
    }

    AuditEventView(String eventId, long globalIndex, String eventType, String aggregateType, String aggregateId,
                   Long sequenceNumber, Instant occurredAt, String actor, String actorUnit, String correlationId,
                   String payload, long chainPosition, String previousHash, String entryHash) {
        this.eventId = eventId;
        this.globalIndex = globalIndex;
        this.eventType = eventType;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.sequenceNumber = sequenceNumber;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorUnit = actorUnit;
        this.correlationId = correlationId;
        this.payload = payload;
        this.chainPosition = chainPosition;
        this.previousHash = previousHash;
        this.entryHash = entryHash;
    }

    @Override
    public String getId() {
        return eventId;
    }

    @Override
    public boolean isNew() {
        return true;
    }
}
