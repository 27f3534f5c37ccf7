package vn.thidua.platform.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.hibernate.Session;

/**
 * Axon's JPA event store, appending a command's events in one JDBC batch whose rows take their global index from
 * the sequence inside the insert. Persisting them one by one, as Axon does, costs a round trip to the database per
 * event for the sequence alone (its allocation size is 1, so that restarts leave no gaps: META-INF/orm.xml), which
 * was half the time of a bulk registration of a thousand rows (BulkLoadBenchmark). The rows are the ones Axon's
 * {@link DomainEventEntry} holds, written through the entity manager's own connection, in its transaction; a
 * duplicate (aggregate, sequence) still becomes Axon's concurrency error. Reads, snapshots and tokens are Axon's.
 */
class BatchInsertEventStorageEngine extends JpaEventStorageEngine {

    private static final String INSERT = """
            insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                time_stamp, payload_type, payload_revision, payload, meta_data)
            values (%s, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final TransactionManager transactions;
    private volatile String insert;

    /** {@code transactions} is the one the builder has, which Axon's engine keeps to itself. */
    BatchInsertEventStorageEngine(JpaEventStorageEngine.Builder builder, TransactionManager transactions) {
        super(builder);
        this.transactions = transactions;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeInTransaction(() -> {
            try {
                entityManager().unwrap(Session.class).doWork(connection -> insert(connection, events, serializer));
            } catch (Exception e) {
                handlePersistenceException(e, events.get(0));
            }
        });
    }

    private void insert(Connection connection, List<? extends EventMessage<?>> events, Serializer serializer)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insertFor(connection))) {
            for (EventMessage<?> event : events) {
                DomainEventEntry entry = new DomainEventEntry(asDomainEventMessage(event), serializer);
                statement.setString(1, entry.getEventIdentifier());
                statement.setString(2, entry.getAggregateIdentifier());
                statement.setLong(3, entry.getSequenceNumber());
                statement.setString(4, entry.getType());
                statement.setString(5, DateTimeUtils.formatInstant(entry.getTimestamp()));
                statement.setString(6, entry.getPayload().getType().getName());
                statement.setString(7, entry.getPayload().getType().getRevision());
                statement.setBytes(8, entry.getPayload().getData());
                statement.setBytes(9, entry.getMetaData().getData());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** PostgreSQL's {@code nextval}, or the standard form H2 takes. */
    private String insertFor(Connection connection) throws SQLException {
        if (insert == null) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            insert = INSERT.formatted(postgres ? "nextval('domain_event_entry_seq')" : "next value for domain_event_entry_seq");
        }
        return insert;
    }
}
