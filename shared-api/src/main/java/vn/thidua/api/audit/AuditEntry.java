package vn.thidua.api.audit;

import java.time.Instant;

/**
 * One stored event as the audit log shows it. {@code globalIndex} is its place in the event store; the aggregate
 * fields are null for an event no aggregate applied; {@code actorUnit} is {@code _system} for the system's own
 * events; {@code payload} is the event as JSON text.
 */
public record AuditEntry(String eventId, long globalIndex, String type, String aggregateType, String aggregateId,
                         Long sequence, Instant timestamp, String actor, String actorUnit, String correlationId,
                         String payload) {
}
