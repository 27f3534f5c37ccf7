package vn.thidua.standalone;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * A {@link BenchmarkHistory.Sink} that writes the rows the app's storage engine writes (platform's
 * {@code BatchInsertEventStorageEngine}: Axon's {@link DomainEventEntry} of each event with the app's event
 * serializer, the timestamp as {@link DateTimeUtils#formatInstant}) straight into PostgreSQL, in one {@code COPY ...
 * FROM STDIN} in binary format (bytea goes as its bytes, no escaping), with the global index counted here from the
 * store's head. Appending 10 M events through the engine takes hours; this takes minutes.
 * <p>
 * Into an empty store, the two unique constraints besides the primary key are dropped for the load and added back
 * after it under their names, as Flyway made them: building an index of 10 M random event identifiers once is far
 * cheaper than keeping it up row by row. Everything is one transaction; at the end the global index sequence is set
 * to the last index written, so the app appends after it.
 */
final class PostgresEventCopy implements BenchmarkHistory.Sink {

    private static final String COPY = "copy domain_event_entry (global_index, event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
            + " from stdin with (format binary)";
    private static final short COLUMNS = 10;
    /** The binary format's header: signature, flags, header extension length. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final List<String> UNIQUE_CONSTRAINTS = List.of(
            "domain_event_entry_event_identifier_key unique (event_identifier)",
            "domain_event_entry_aggregate_identifier_sequence_number_key unique (aggregate_identifier, sequence_number)");

    private final DataSource dataSource;
    private final Serializer serializer;
    private Connection connection;
    private DataOutputStream copy;
    private boolean constraintsDropped;
    private long globalIndex;

    PostgresEventCopy(DataSource dataSource, Serializer serializer) {
        this.dataSource = dataSource;
        this.serializer = serializer;
    }

    @Override
    public void write(List<DomainEventMessage<?>> events) {
        try {
            if (copy == null) {
                start();
            }
            for (DomainEventMessage<?> event : events) {
                // the generator's events are domain events already: what the engine's asDomainEventMessage returns
                DomainEventEntry entry = new DomainEventEntry(event, serializer);
                copy.writeShort(COLUMNS);
                bigint(++globalIndex);
                text(entry.getEventIdentifier());
                text(entry.getAggregateIdentifier());
                bigint(entry.getSequenceNumber());
                text(entry.getType());
                text(DateTimeUtils.formatInstant(entry.getTimestamp()));
                text(entry.getPayload().getType().getName());
                text(entry.getPayload().getType().getRevision());
                bytes(entry.getPayload().getData());
                bytes(entry.getMetaData().getData());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void finish() {
        if (copy == null) {
            return;
        }
        try (Connection finishing = connection; Statement statement = finishing.createStatement()) {
            copy.writeShort(-1);
            copy.close();
            if (constraintsDropped) {
                for (String constraint : UNIQUE_CONSTRAINTS) {
                    statement.execute("alter table domain_event_entry add constraint " + constraint);
                }
            }
            statement.execute("select setval('domain_event_entry_seq', " + globalIndex + ")");
            finishing.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            copy = null;
            connection = null;
        }
    }

    private void start() throws SQLException, IOException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
             ResultSet head = statement.executeQuery("select coalesce(max(global_index), 0) from domain_event_entry")) {
            head.next();
            globalIndex = head.getLong(1);
            constraintsDropped = globalIndex == 0;
            if (constraintsDropped) {
                for (String constraint : UNIQUE_CONSTRAINTS) {
                    statement.execute("alter table domain_event_entry drop constraint " + constraint.split(" ")[0]);
                }
            }
        }
        copy = new DataOutputStream(new BufferedOutputStream(
                new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, 1 << 16), 1 << 16));
        copy.write(HEADER);
    }

    private void bigint(long value) throws IOException {
        copy.writeInt(Long.BYTES);
        copy.writeLong(value);
    }

    private void text(String value) throws IOException {
        bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(byte[] value) throws IOException {
        if (value == null) {
            copy.writeInt(-1);
        } else {
            copy.writeInt(value.length);
            copy.write(value);
        }
    }
}
