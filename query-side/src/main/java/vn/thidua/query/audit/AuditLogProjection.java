package vn.thidua.query.audit;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;


import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.Viewer;
import vn.thidua.api.audit.AuditEntry;
import vn.thidua.api.audit.AuditLogQuery;
import vn.thidua.api.audit.AuditPage;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.query.consistency.ViewWrites;
import vn.thidua.query.orgunit.UnitScope;

/**
 * The audit log (DESIGN §6): every event of the store, whatever its type, as it was stored. An event belongs to the
 * unit its actor acted for; the system's events (actor unit {@code _system}) belong to no unit, so only auditors,
 * who see everything, see them. Newest first, in the order of the event store. Each entry is a link of a hash chain
 * over the stored events ({@link AuditChain}), which {@link AuditChainVerifier} recomputes.
 */
@Component
@ProcessingGroup(AuditLogProjection.PROCESSING_GROUP)
class AuditLogProjection {

    static final String PROCESSING_GROUP = "audit-log";
    private static final int MAX_PAGE_SIZE = 500;
    private static final String INSERT = "insert into q_audit_event (global_index, chain_position, event_id,"
            + " event_type, aggregate_type, aggregate_id, sequence_number, occurred_at, actor, actor_unit,"
            + " correlation_id, payload, previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final NamedParameterJdbcTemplate jdbc;
    private final UnitScope scope;
    private final StoredEvents storedEvents;
    private final Serializer eventSerializer;
    private final int readAhead;
    private final ViewWrites writes;
    private final Object chainHeadKey = new Object();

    AuditLogProjection(NamedParameterJdbcTemplate jdbc, ViewWrites writes, UnitScope scope, StoredEvents storedEvents,
                       @Qualifier("eventSerializer") Serializer eventSerializer,
                       @Value("${thidua.views.batch-size}") int readAhead) {
        this.readAhead = readAhead;
        this.writes = writes;
        this.jdbc = jdbc;
        this.scope = scope;
        this.storedEvents = storedEvents;
        this.eventSerializer = eventSerializer;
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().update("delete from q_audit_event");
        TransactionSynchronizationManager.unbindResourceIfPossible(chainHeadKey);
    }

    /**
     * Keyed by the event's place in the store, so a repeated delivery finds its row and leaves it as it is, and
     * appends no link. The entries of a batch are inserted together, in one JDBC batch, just before the batch's
     * transaction commits with the processor's token ({@link ViewWrites}): a rebuild is a million inserts, and one
     * statement per event, or an entity per event, made the log rebuild at a fifth of the speed the store can be read.
     *
     * <p>The link is computed from the event's stored row ({@link StoredEvents}), the very bytes the verification
     * reads again, not from the message: re-serializing the payload could differ from what was stored (an upcaster,
     * a field added to the class later) and make an untouched event look altered. Links are appended in the order
     * this processor handles events, which is one total order because {@code audit-log} runs in one segment (see
     * {@code ViewProcessorTuning}). The payload shown is the stored JSON itself: what the store holds, not a
     * re-rendering of it, and the log never deserializes an event it only records.
     */
    @EventHandler
    void on(EventMessage<?> message, TrackingToken token) {
        ChainHead head = chainHead();
        StoredEvent stored = storedRow(head, message, token);
        long index = positionOf(stored, token);
        // an event past every linked one is new; only one at or below them may be a repeated delivery
        if (index <= head.highestIndex && (head.pending.contains(index) || isLinked(index))) {
            return;
        }
        long position = head.position + 1;
        String hash = AuditChain.link(head.hash, stored);
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        writes.add(INSERT, index, position, message.getIdentifier(),
                message.getPayloadType().getSimpleName(), domain == null ? null : domain.getType(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                OffsetDateTime.ofInstant(message.getTimestamp(), ZoneOffset.UTC), metadata(message, MetadataKeys.ACTOR),
                metadata(message, MetadataKeys.ACTOR_UNIT), metadata(message, MetadataKeys.CORRELATION_ID),
                new String(stored.payload(), StandardCharsets.UTF_8), head.hash, hash);
        head.pending.add(index);
        // only once the entry is in: an event that fails before (and is parked as a dead letter) takes no position
        head.position = position;
        head.hash = hash;
        head.highestIndex = Math.max(head.highestIndex, index);
    }

    private boolean isLinked(long index) {
        return !jdbc.getJdbcTemplate().queryForList("select 1 from q_audit_event where global_index = ?", Integer.class,
                index).isEmpty();
    }

    /**
     * The event's stored row, read ahead in store order as many rows at a time as the processor hands over in a
     * batch: a rebuild reads the table once more in big bites instead of one query per event, and no row twice. An
     * event that fills a gap lies behind the token's position, outside the read-ahead, and is looked up alone; with
     * Axon Server there are no rows, and the message gives back the bytes it was read from.
     */
    private StoredEvent storedRow(ChainHead head, EventMessage<?> message, TrackingToken token) {
        StoredEvent ahead = head.readAhead.remove(message.getIdentifier());
        if (ahead == null && token.position().isPresent()) {
            head.readAhead = storedEvents.from(token.position().getAsLong(), readAhead);
            ahead = head.readAhead.remove(message.getIdentifier());
        }
        return ahead != null ? ahead : storedEvents.find(message.getIdentifier())
                .orElseGet(() -> StoredEvent.of(message, eventSerializer));
    }

    /**
     * The event's own place in the store. An event whose transaction committed after a later-numbered one fills a gap,
     * and a gap-aware token then stands at the highest index seen, not at the event's: the live log would order it
     * differently from a replay. The embedded store's table gives the exact index; with Axon Server (no rows there)
     * the token's position is exact, as its tokens have no gaps.
     */
    private static long positionOf(StoredEvent stored, TrackingToken token) {
        return stored.globalIndex() != null ? stored.globalIndex() : token.position().orElseThrow(() ->
                new IllegalStateException("the audit log orders events by their position in the store, and this store"
                        + " gives none"));
    }

    /**
     * The last link, as this transaction has appended to it, the highest store index linked so far, the store
     * indexes of the entries still to insert, and the stored rows read ahead of the events still to come.
     */
    private static final class ChainHead {
        private long position;
        private String hash;
        private long highestIndex;
        private final Set<Long> pending = new HashSet<>();
        private Map<String, StoredEvent> readAhead = new HashMap<>();

        private ChainHead(long position, String hash, long highestIndex) {
            this.position = position;
            this.hash = hash;
            this.highestIndex = highestIndex;
        }
    }

    /**
     * Read from the table once per transaction, then kept with the transaction, which inserts its entries just before
     * it commits. Bound to the transaction, a rolled-back batch leaves no stale head behind.
     */
    private ChainHead chainHead() {
        ChainHead head = (ChainHead) TransactionSynchronizationManager.getResource(chainHeadKey);
        if (head != null) {
            return head;
        }
        long highestIndex = Optional.ofNullable(jdbc.getJdbcTemplate().queryForObject(
                "select max(global_index) from q_audit_event", Long.class)).orElse(-1L);
        ChainHead last = jdbc.getJdbcTemplate().query(
                        "select chain_position, entry_hash from q_audit_event order by chain_position desc limit 1",
                        (rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2), highestIndex)).stream().findFirst()
                .orElseGet(() -> new ChainHead(0, AuditChain.GENESIS, highestIndex));
        TransactionSynchronizationManager.bindResource(chainHeadKey, last);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(chainHeadKey);
            }
        });
        return last;
    }

    @QueryHandler
    AuditPage handle(AuditLogQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        boolean byUnit = false;
        Optional<String> viewerPrefix = scope.subtreePrefix(query.viewer());
        if (viewerPrefix.isPresent()) {
            byUnit = true;
            where.append(" and u.path like :viewerPrefix");
            parameters.addValue("viewerPrefix", viewerPrefix.get() + "%");
        }
        if (query.unit() != null) {
            byUnit = true;
            where.append(" and u.path like :unitPrefix");
            parameters.addValue("unitPrefix", subtreeOf(query.viewer(), query.unit()) + "%");
        }
        filter(where, parameters, "a.aggregate_id", "aggregate", query.aggregate());
        filter(where, parameters, "a.event_type", "type", query.type());
        filter(where, parameters, "a.actor", "actor", query.actor());
        if (query.from() != null) {
            where.append(" and a.occurred_at >= :from");
            parameters.addValue("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" and a.occurred_at < :to");
            parameters.addValue("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        String from = " from q_audit_event a" + (byUnit ? " join q_unit u on u.unit_id = a.actor_unit" : "") + where;
        int size = Math.max(1, Math.min(query.size(), MAX_PAGE_SIZE));
        int page = Math.max(0, query.page());
        Long total = jdbc.queryForObject("select count(*)" + from, parameters, Long.class);
        parameters.addValue("limit", size).addValue("offset", (long) page * size);
        List<AuditEntry> items = new ArrayList<>(jdbc.query("select a.*" + from
                + " order by a.global_index desc limit :limit offset :offset", parameters, AuditLogProjection::entry));
        return new AuditPage(items, page, size, total == null ? 0 : total);
    }

    /** The path of {@code unit}, which the viewer must be allowed to see. */
    private String subtreeOf(Viewer viewer, OrgUnitId unit) {
        if (!scope.isWithin(unit, unit)) {
            throw RuleViolationException.notFound("U1", "unit " + unit + " does not exist");
        }
        if (!scope.sees(viewer, unit)) {
            throw RuleViolationException.forbidden("SCOPE", "unit " + unit + " is outside the subtree of your unit "
                    + viewer.unitId());
        }
        // a unit's own subtree is what it would see as a viewer
        return scope.subtreePrefix(new Viewer(unit, false)).orElseThrow();
    }

    private static void filter(StringBuilder where, MapSqlParameterSource parameters, String column, String name,
                               String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(column).append(" = :").append(name);
            parameters.addValue(name, value.strip());
        }
    }

    private static String metadata(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static AuditEntry entry(ResultSet row, int index) throws SQLException {
        long number = row.getLong("sequence_number");
        Long sequence = row.wasNull() ? null : number;
        return new AuditEntry(row.getString("event_id"), row.getLong("global_index"), row.getString("event_type"),
                row.getString("aggregate_type"), row.getString("aggregate_id"), sequence,
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("actor"),
                row.getString("actor_unit"), row.getString("correlation_id"), row.getString("payload"));
    }
}
