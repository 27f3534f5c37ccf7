package vn.thidua.query.audit;

import static vn.thidua.query.orgunit.UnitTree.TRUNG_UONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.query.orgunit.UnitTree.CD_TH_TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.LAI_CHAU;
import static vn.thidua.query.orgunit.UnitTree.QUANG_NAM;
import static vn.thidua.query.orgunit.UnitTree.TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.TONG_LDLD;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.Viewer;
import vn.thidua.api.audit.AuditChainVerification;
import vn.thidua.api.audit.AuditChainVerification.BrokenLink;
import vn.thidua.api.audit.AuditChainVerification.Reason;
import vn.thidua.api.audit.AuditChainVerificationQuery;
import vn.thidua.api.audit.AuditEntry;
import vn.thidua.api.audit.AuditLogQuery;
import vn.thidua.api.audit.AuditPage;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.OrgUnitRenamed;
import vn.thidua.query.orgunit.UnitTree;
import vn.thidua.query.testing.ProjectionTest;
import vn.thidua.query.testing.Redelivery;
import vn.thidua.query.testing.Transactions;
import vn.thidua.query.testing.ViewTables;

/**
 * The audit log: every event as stored, with who acted for which unit and when, newest first in the store's order,
 * filtered and scoped by unit subtree, the system's own events for auditors only; each entry a link of a hash chain
 * over the stored events, which the verification recomputes, naming the first link that no longer holds.
 */
@ProjectionTest
class AuditLogProjectionTest {

    private static final Instant T0 = Instant.parse("2025-06-02T02:00:00Z");

    @Autowired
    private AuditLogProjection projection;
    @Autowired
    private UnitTree tree;
    @Autowired
    private Transactions transactions;
    @Autowired
    private ViewTables tables;
    @Autowired
    private Redelivery redelivery;
    @Autowired
    private StoredEvents storedEvents;
    @Autowired
    private NamedParameterJdbcTemplate jdbc;
    @Autowired
    private Serializer eventSerializer;

    private final List<Delivery> history = new ArrayList<>();

    private record Delivery(GenericDomainEventMessage<?> message, TrackingToken token) {
    }

    @BeforeEach
    void units() {
        jdbc.getJdbcTemplate().update("delete from domain_event_entry");
        tree.tradeUnions();
        rename(TAM_DUONG, 1, TAM_DUONG.value(), "ldld-tam-duong");
        rename(CD_TH_TAM_DUONG, 1, CD_TH_TAM_DUONG.value(), "cd-th-tam-duong");
        rename(LAI_CHAU, 1, LAI_CHAU.value(), "ldld-lai-chau");
        rename(QUANG_NAM, 1, "_system", "system");
        history.forEach(delivery -> {
            store(delivery);
            deliver(delivery);
        });
    }

    @Test
    void each_event_is_kept_with_its_aggregate_actor_unit_correlation_and_payload_newest_first() {
        List<AuditEntry> all = page(new Viewer(TRUNG_UONG, true), null, null, null, null, 0, 10).items();

        assertThat(all).extracting(AuditEntry::globalIndex).containsExactly(103L, 102L, 101L, 100L);
        AuditEntry first = all.get(3);
        assertThat(first.type()).isEqualTo("OrgUnitRenamed");
        assertThat(first.aggregateType()).isEqualTo("OrgUnit");
        assertThat(first.aggregateId()).isEqualTo("ldld-tam-duong");
        assertThat(first.sequence()).isEqualTo(1L);
        assertThat(first.timestamp()).isEqualTo(T0);
        assertThat(first.actor()).isEqualTo("ldld-tam-duong");
        assertThat(first.actorUnit()).isEqualTo("ldld-tam-duong");
        assertThat(first.correlationId()).isEqualTo("req-100");
        assertThat(first.payload()).contains("\"unitId\":\"ldld-tam-duong\"", "Liên đoàn Lao động mới 100");
    }

    @Test
    void a_repeated_delivery_leaves_the_log_unchanged_and_appends_no_link() {
        redelivery.assertNewestFirstChangesNothing(history.stream().<Runnable>map(d -> () -> deliver(d)).toList(),
                "q_audit_event");

        assertThat(links()).extracting(Link::position).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void each_event_is_a_link_chained_to_the_one_handled_before_it_over_its_stored_bytes() throws Exception {
        List<Link> links = links();

        assertThat(links).extracting(Link::eventId).containsExactly("event-0", "event-1", "event-2", "event-3");
        assertThat(links).extracting(Link::position).containsExactly(1L, 2L, 3L, 4L);
        assertThat(links.get(0).previousHash()).isEqualTo("0".repeat(64));
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (i > 0) {
                assertThat(link.previousHash()).isEqualTo(links.get(i - 1).entryHash());
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(HexFormat.of().parseHex(link.previousHash()));
            sha256.update(AuditChain.canonicalBytes(storedEvents.find(link.eventId()).orElseThrow()));
            assertThat(link.entryHash()).isEqualTo(HexFormat.of().formatHex(sha256.digest()));
        }
    }

    @Test
    void the_canonical_bytes_keep_field_boundaries_and_tell_a_missing_value_from_an_empty_one() {
        StoredEvent event = storedEvents.find("event-0").orElseThrow();
        StoredEvent shifted = new StoredEvent(event.eventIdentifier(), event.globalIndex(), "OrgUni",
                "t" + event.aggregateIdentifier(), event.sequenceNumber(), event.timestamp(), event.payloadType(),
                event.payloadRevision(), event.payload(), event.metaData());
        StoredEvent emptyRevision = new StoredEvent(event.eventIdentifier(), event.globalIndex(), event.aggregateType(),
                event.aggregateIdentifier(), event.sequenceNumber(), event.timestamp(), event.payloadType(), "",
                event.payload(), event.metaData());

        assertThat(event.aggregateType()).isEqualTo("OrgUnit");
        assertThat(event.payloadRevision()).isNull();
        assertThat(AuditChain.link(AuditChain.GENESIS, shifted)).isNotEqualTo(AuditChain.link(AuditChain.GENESIS, event));
        assertThat(AuditChain.link(AuditChain.GENESIS, emptyRevision))
                .isNotEqualTo(AuditChain.link(AuditChain.GENESIS, event));
    }

    @Test
    void an_event_the_store_has_no_row_for_is_linked_from_its_serialized_form_as_the_store_would_keep_it() {
        rename(LAI_CHAU, 2, LAI_CHAU.value(), "ldld-lai-chau");
        Delivery axonServerOnly = history.get(history.size() - 1);
        deliver(axonServerOnly);
        store(axonServerOnly);

        assertThat(verifier(1000).handle(new AuditChainVerificationQuery())).isEqualTo(AuditChainVerification.intact(5));
    }

    @Test
    void verify_walks_the_chain_in_batches_and_finds_it_intact() {
        assertThat(verifier(3).handle(new AuditChainVerificationQuery())).isEqualTo(AuditChainVerification.intact(4));
        assertThat(verifier(1).handle(new AuditChainVerificationQuery())).isEqualTo(AuditChainVerification.intact(4));
    }

    @Test
    void verify_names_an_event_whose_stored_payload_was_altered() {
        jdbc.update("update domain_event_entry set payload = :payload where event_identifier = 'event-2'",
                Map.of("payload", "{\"unitId\":\"ldld-lai-chau\",\"name\":\"Tên khác\",\"abbreviation\":\"LĐLĐ\"}"
                        .getBytes(StandardCharsets.UTF_8)));

        assertBroken(verifier(3).handle(new AuditChainVerificationQuery()), 2, 3L, "event-2", LAI_CHAU.value(), 1,
                Reason.ALTERED);
    }

    @Test
    void verify_names_an_event_whose_stored_metadata_was_removed() {
        jdbc.getJdbcTemplate().update("update domain_event_entry set meta_data = null where event_identifier = 'event-3'");

        assertBroken(verifier(3).handle(new AuditChainVerificationQuery()), 3, 4L, "event-3", QUANG_NAM.value(), 1,
                Reason.ALTERED);
    }

    @Test
    void verify_names_an_event_missing_from_the_store() {
        jdbc.getJdbcTemplate().update("delete from domain_event_entry where event_identifier = 'event-1'");

        assertBroken(verifier(3).handle(new AuditChainVerificationQuery()), 1, 2L, "event-1", CD_TH_TAM_DUONG.value(), 1,
                Reason.MISSING_FROM_STORE);
    }

    @Test
    void verify_names_a_stored_event_the_chain_lacks() {
        rename(TAM_DUONG, 2, TAM_DUONG.value(), "ldld-tam-duong");
        store(history.get(history.size() - 1));

        assertBroken(verifier(3).handle(new AuditChainVerificationQuery()), 4, null, "event-4", TAM_DUONG.value(), 2,
                Reason.MISSING_FROM_CHAIN);
    }

    @Test
    void verify_names_a_link_that_does_not_follow_the_one_before_it() {
        jdbc.getJdbcTemplate().update("delete from q_audit_event where chain_position = 2");

        assertBroken(verifier(3).handle(new AuditChainVerificationQuery()), 1, 3L, "event-2", LAI_CHAU.value(), 1,
                Reason.CHAIN_BROKEN);
    }

    @Test
    void a_unit_sees_its_subtree_and_not_the_systems_events_an_auditor_sees_all() {
        assertThat(units(page(new Viewer(TAM_DUONG, false), null, null, null, null, 0, 10)))
                .containsExactly("cd-th-tam-duong", "ldld-tam-duong");
        assertThat(units(page(new Viewer(LAI_CHAU, false), null, null, null, null, 0, 10)))
                .containsExactly("ldld-lai-chau", "cd-th-tam-duong", "ldld-tam-duong");
        assertThat(units(page(new Viewer(QUANG_NAM, false), null, null, null, null, 0, 10))).isEmpty();
        assertThat(units(page(new Viewer(TRUNG_UONG, true), null, null, null, null, 0, 10)))
                .containsExactly("_system", "ldld-lai-chau", "cd-th-tam-duong", "ldld-tam-duong");
    }

    @Test
    void filters_by_unit_subtree_aggregate_actor_and_time() {
        Viewer auditor = new Viewer(TRUNG_UONG, true);
        assertThat(units(page(auditor, TAM_DUONG, null, null, null, 0, 10))).containsExactly("cd-th-tam-duong", "ldld-tam-duong");
        assertThat(units(page(auditor, null, "ldld-lai-chau", null, null, 0, 10))).containsExactly("ldld-lai-chau");
        assertThat(units(page(auditor, null, null, "cd-th-tam-duong", null, 0, 10))).containsExactly("cd-th-tam-duong");
        assertThat(units(page(auditor, null, null, null, T0.plusSeconds(60), 0, 10)))
                .containsExactly("_system", "ldld-lai-chau", "cd-th-tam-duong");
    }

    @Test
    void a_unit_filter_outside_the_viewers_subtree_is_refused() {
        assertThatThrownBy(() -> page(new Viewer(TAM_DUONG, false), LAI_CHAU, null, null, null, 0, 10))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refusal -> assertThat(refusal.violation().rule()).isEqualTo("SCOPE"));
    }

    @Test
    void pages_do_not_overlap_and_count_everything() {
        AuditPage first = page(new Viewer(TRUNG_UONG, true), null, null, null, null, 0, 3);
        AuditPage second = page(new Viewer(TRUNG_UONG, true), null, null, null, null, 1, 3);

        assertThat(first.totalItems()).isEqualTo(4);
        assertThat(first.items()).hasSize(3);
        assertThat(second.items()).extracting(AuditEntry::globalIndex).containsExactly(100L);
    }

    @Test
    void reset_empties_the_log_and_the_replay_rebuilds_the_same_chain_from_position_1() {
        List<Link> live = links();

        transactions.run(projection::reset);
        assertThat(tables.count("q_audit_event")).isZero();

        history.forEach(this::deliver);
        assertThat(links()).isEqualTo(live);
    }

    /** A review's conclusion carries a rating per registration: hundreds of them make a payload of any size. */
    @Test
    void an_event_is_kept_whole_whatever_the_size_of_its_payload() {
        String name = "Liên đoàn Lao động ".repeat(12_000);
        Delivery large = new Delivery(new GenericDomainEventMessage<>("OrgUnit", LAI_CHAU.value(), 2,
                new OrgUnitRenamed(LAI_CHAU, name, "LĐLĐ"), Map.of(MetadataKeys.ACTOR, "ldld-lai-chau",
                MetadataKeys.ACTOR_UNIT, LAI_CHAU.value()), "event-large", T0.plusSeconds(3600)),
                GapAwareTrackingToken.newInstance(200, List.of()));
        store(large);
        deliver(large);

        AuditEntry entry = page(new Viewer(TRUNG_UONG, true), null, null, null, null, 0, 1).items().get(0);
        assertThat(entry.globalIndex()).isEqualTo(200L);
        assertThat(entry.payload()).hasSizeGreaterThan(200_000).contains(name);
        assertThat(verifier(1000).handle(new AuditChainVerificationQuery())).isEqualTo(AuditChainVerification.intact(5));
    }

    /** A rename, one minute after the one before, at the next position of the store. */
    private void rename(OrgUnitId unit, long sequence, String actorUnit, String actor) {
        int n = history.size();
        GenericDomainEventMessage<?> message = new GenericDomainEventMessage<>("OrgUnit", unit.value(), sequence,
                new OrgUnitRenamed(unit, "Liên đoàn Lao động mới " + (100 + n), "LĐLĐ"),
                Map.of(MetadataKeys.ACTOR, actor, MetadataKeys.ACTOR_UNIT, actorUnit,
                        MetadataKeys.CORRELATION_ID, "req-" + (100 + n)),
                "event-" + n, T0.plusSeconds(60L * n));
        history.add(new Delivery(message, GapAwareTrackingToken.newInstance(100 + n, List.of())));
    }

    private void deliver(Delivery delivery) {
        transactions.run(() -> projection.on(delivery.message(), delivery.token()));
    }

    /** The event's row as Axon's JPA store writes it, at the token's position. */
    private void store(Delivery delivery) {
        DomainEventEntry entry = new DomainEventEntry(delivery.message(), eventSerializer);
        jdbc.update("""
                        insert into domain_event_entry (global_index, event_identifier, type, aggregate_identifier,
                            sequence_number, time_stamp, payload_type, payload_revision, payload, meta_data)
                        values (:index, :id, :type, :aggregate, :sequence, :timestamp, :payloadType, :revision,
                            :payload, :metadata)""",
                new MapSqlParameterSource("index", delivery.token().position().orElseThrow())
                        .addValue("id", entry.getEventIdentifier()).addValue("type", entry.getType())
                        .addValue("aggregate", entry.getAggregateIdentifier())
                        .addValue("sequence", entry.getSequenceNumber())
                        .addValue("timestamp", DateTimeUtils.formatInstant(entry.getTimestamp()))
                        .addValue("payloadType", entry.getPayload().getType().getName())
                        .addValue("revision", entry.getPayload().getType().getRevision())
                        .addValue("payload", entry.getPayload().getData())
                        .addValue("metadata", entry.getMetaData().getData()));
    }

    private record Link(long position, String eventId, String previousHash, String entryHash) {
    }

    private List<Link> links() {
        return jdbc.getJdbcTemplate().query(
                "select chain_position, event_id, previous_hash, entry_hash from q_audit_event order by chain_position",
                (rs, row) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    private AuditChainVerifier verifier(int batchSize) {
        return new AuditChainVerifier(jdbc, storedEvents, batchSize);
    }

    /** The answer names the link, with a detail for people, after {@code verified} links held. */
    private static void assertBroken(AuditChainVerification answer, long verified, Long position, String eventId,
                                     String aggregate, long sequence, Reason reason) {
        assertThat(answer.intact()).isFalse();
        assertThat(answer.verified()).isEqualTo(verified);
        BrokenLink link = answer.firstBroken();
        assertThat(link.chainPosition()).isEqualTo(position);
        assertThat(link.eventIdentifier()).isEqualTo(eventId);
        assertThat(link.aggregateType()).isEqualTo("OrgUnit");
        assertThat(link.aggregateIdentifier()).isEqualTo(aggregate);
        assertThat(link.sequenceNumber()).isEqualTo(sequence);
        assertThat(link.reason()).isEqualTo(reason);
        assertThat(link.detail()).contains(eventId);
    }

    private AuditPage page(Viewer viewer, OrgUnitId unit, String aggregate, String actor, Instant from, int page,
                           int size) {
        return transactions.get(() -> projection.handle(new AuditLogQuery(viewer, unit, aggregate, null, actor, from,
                null, page, size)));
    }

    private static List<String> units(AuditPage page) {
        return page.items().stream().map(AuditEntry::actorUnit).toList();
    }
}
