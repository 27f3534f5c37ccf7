package vn.thidua.query.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads events as Axon's JPA store wrote them in {@code domain_event_entry}: the audit log's projection links what
 * it reads here, and the verification reads the same rows again, so both hash the very same bytes.
 */
@Component
class StoredEvents {

    private static final String COLUMNS = "select d.event_identifier, d.global_index, d.type, d.aggregate_identifier,"
            + " d.sequence_number, d.time_stamp, d.payload_type, d.payload_revision, d.payload, d.meta_data"
            + " from domain_event_entry d";

    private final NamedParameterJdbcTemplate jdbc;

    StoredEvents(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredEvent> find(String eventIdentifier) {
        return jdbc.query(COLUMNS + " where d.event_identifier = :id", Map.of("id", eventIdentifier),
                StoredEvents::row).stream().findFirst();
    }

    /** The stored rows of {@code eventIdentifiers} that still exist, by identifier. */
    Map<String, StoredEvent> find(Collection<String> eventIdentifiers) {
        if (eventIdentifiers.isEmpty()) {
            return Map.of();
        }
        List<StoredEvent> rows = jdbc.query(COLUMNS + " where d.event_identifier in (:ids)",
                Map.of("ids", eventIdentifiers), StoredEvents::row);
        return rows.stream().collect(Collectors.toMap(StoredEvent::eventIdentifier, Function.identity()));
    }

    /** Up to {@code limit} rows from {@code index} on, in store order, by identifier. */
    Map<String, StoredEvent> from(long index, int limit) {
        Map<String, StoredEvent> rows = new HashMap<>();
        jdbc.query(COLUMNS + " where d.global_index >= :index order by d.global_index limit :limit",
                Map.of("index", index, "limit", limit), StoredEvents::row)
                .forEach(row -> rows.put(row.eventIdentifier(), row));
        return rows;
    }

    /** The store's last position, or 0 when it is empty. */
    long head() {
        Long head = jdbc.getJdbcTemplate().queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /** The first event, in store order up to {@code head}, that the audit log has no entry for. */
    Optional<StoredEvent> firstUnlinked(long head) {
        return jdbc.query(COLUMNS + " where d.global_index <= :head and not exists"
                        + " (select 1 from q_audit_event a where a.global_index = d.global_index)"
                        + " order by d.global_index limit 1", Map.of("head", head), StoredEvents::row)
                .stream().findFirst();
    }

    private static StoredEvent row(ResultSet row, int index) throws SQLException {
        return new StoredEvent(row.getString("event_identifier"), row.getLong("global_index"), row.getString("type"),
                row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("time_stamp"),
                row.getString("payload_type"), row.getString("payload_revision"), row.getBytes("payload"),
                row.getBytes("meta_data"));
    }
}
