package vn.thidua.platform.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.hibernate.Session;

/**
 * Axon's JPA event store, with the two paths every event takes once through plain JDBC on the entity manager's own
 * connection, in its transaction; the rows are the ones Axon's {@link DomainEventEntry} maps.
 * <ul>
 * <li>Appending: a command's events go in one JDBC batch whose rows take their global index from the sequence
 * inside the insert. Persisting them one by one, as Axon does, costs a round trip to the database per event for the
 * sequence alone (its allocation size is 1, so that restarts leave no gaps: META-INF/orm.xml), which was half the
 * time of a bulk registration of a thousand rows (BulkLoadBenchmark). A duplicate (aggregate, sequence) still
 * becomes Axon's concurrency error.</li>
 * <li>Streaming (tracking processors, the phase report): a batch of rows after a token, and the token's gaps, is
 * read with one JDBC query into the {@code Object[]} rows Axon's own JPQL query gives, which Axon then turns into
 * tracked events and tokens as before.</li>
 * </ul>
 * Reading an aggregate, snapshots and tokens are Axon's.
 */
class BatchInsertEventStorageEngine extends JpaEventStorageEngine {

    private static final String INSERT = """
            insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                time_stamp, payload_type, payload_revision, payload, meta_data)
            values (%s, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String FETCH = """
            select global_index, type, aggregate_identifier, sequence_number, event_identifier, time_stamp,
                payload_type, payload_revision, payload, meta_data
            from domain_event_entry where global_index > ?%s order by global_index limit ?""";

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

    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
        SortedSet<Long> gaps = token == null ? Collections.emptySortedSet() : token.getGaps();
        String sql = FETCH.formatted(gaps.isEmpty() ? ""
                : " or global_index in (" + String.join(", ", Collections.nCopies(gaps.size(), "?")) + ")");
        return entityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int parameter = 1;
                statement.setLong(parameter++, token == null ? -1L : token.getIndex());
                for (long gap : gaps) {
                    statement.setLong(parameter++, gap);
                }
                statement.setInt(parameter, batchSize());
                List<Object[]> rows = new ArrayList<>(batchSize());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9),
                                rs.getBytes(10)});
                    }
                }
                return rows;
            }
        });
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
