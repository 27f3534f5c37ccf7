package vn.thidua.query.audit;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.serialization.Serializer;

/**
 * An event as the event store holds it: the columns of {@code domain_event_entry}, bytes and strings as written.
 * {@code globalIndex} is null for an event that has no row there (Axon Server keeps its own store).
 */
record StoredEvent(String eventIdentifier, Long globalIndex, String aggregateType, String aggregateIdentifier,
                   long sequenceNumber, String timestamp, String payloadType, String payloadRevision, byte[] payload,
                   byte[] metaData) {

    /**
     * The same fields from a message that has no row (Axon Server mode): serialized by the store's own serializer a
     * message read from a store answers the bytes it was read with, and the timestamp as Axon's JPA and JDBC stores
     * write it (ISO-8601, at least milliseconds). An event no aggregate applied is stored as Axon stores it: its own identifier as
     * aggregate identifier, sequence 0, no type.
     */
    static StoredEvent of(EventMessage<?> event, Serializer eventSerializer) {
        DomainEventMessage<?> message = EventUtils.asDomainEventMessage(event);
        var payload = message.serializePayload(eventSerializer, byte[].class);
        return new StoredEvent(message.getIdentifier(), null, message.getType(), message.getAggregateIdentifier(),
                message.getSequenceNumber(), DateTimeUtils.formatInstant(message.getTimestamp()),
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                message.serializeMetaData(eventSerializer, byte[].class).getData());
    }
}
