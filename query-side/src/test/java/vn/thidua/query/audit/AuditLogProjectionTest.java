package vn.thidua.query.audit;

import static vn.thidua.query.orgunit.UnitTree.TRUNG_UONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.query.orgunit.UnitTree.CD_TH_TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.LAI_CHAU;
import static vn.thidua.query.orgunit.UnitTree.QUANG_NAM;
import static vn.thidua.query.orgunit.UnitTree.TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.TONG_LDLD;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.Viewer;
import vn.thidua.api.audit.AuditEntry;
import vn.thidua.api.audit.AuditLogQuery;
import vn.thidua.api.audit.AuditPage;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.OrgUnitRenamed;
import vn.thidua.query.orgunit.UnitTree;
import vn.thidua.query.testing.ProjectionTest;
import vn.thidua.query.testing.Transactions;
import vn.thidua.query.testing.ViewTables;

/**
 * The audit log: every event as stored, with who acted for which unit and when, newest first in the store's order,
 * filtered and scoped by unit subtree, the system's own events for auditors only.
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

    private final List<Delivery> history = new ArrayList<>();

    private record Delivery(GenericDomainEventMessage<?> message, TrackingToken token) {
    }

    @BeforeEach
    void units() {
        tree.tradeUnions();
        rename(TAM_DUONG, 1, TAM_DUONG.value(), "ldld-tam-duong");
        rename(CD_TH_TAM_DUONG, 1, CD_TH_TAM_DUONG.value(), "cd-th-tam-duong");
        rename(LAI_CHAU, 1, LAI_CHAU.value(), "ldld-lai-chau");
        rename(QUANG_NAM, 1, "_system", "system");
        history.forEach(delivery -> transactions.run(() -> projection.on(delivery.message(), delivery.token())));
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
    void a_repeated_delivery_leaves_the_log_unchanged() {
        var before = tables.rows("q_audit_event");

        for (int i = history.size() - 1; i >= 0; i--) {
            Delivery delivery = history.get(i);
            transactions.run(() -> projection.on(delivery.message(), delivery.token()));
        }

        assertThat(tables.rows("q_audit_event")).isEqualTo(before);
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
    void reset_empties_the_log() {
        transactions.run(projection::reset);

        assertThat(tables.count("q_audit_event")).isZero();
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

    private AuditPage page(Viewer viewer, OrgUnitId unit, String aggregate, String actor, Instant from, int page,
                           int size) {
        return transactions.get(() -> projection.handle(new AuditLogQuery(viewer, unit, aggregate, null, actor, from,
                null, page, size)));
    }

    private static List<String> units(AuditPage page) {
        return page.items().stream().map(AuditEntry::actorUnit).toList();
    }
}
