package vn.thidua.query.award;

import static vn.thidua.query.orgunit.UnitTree.TRUNG_UONG;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.query.orgunit.UnitTree.CD_TH_TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.LAI_CHAU;
import static vn.thidua.query.orgunit.UnitTree.QUANG_NAM;
import static vn.thidua.query.orgunit.UnitTree.TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.TONG_LDLD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.api.Viewer;
import vn.thidua.api.award.AwardRegisterEntry;
import vn.thidua.api.award.AwardRegisterPage;
import vn.thidua.api.award.AwardRegisterQuery;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.decision.AwardGranted;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.DecisionIssued;
import vn.thidua.api.decision.DecisionRevoked;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.decision.GrantRevoked;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitCreated;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.OrgUnitRenamed;
import vn.thidua.api.orgunit.UnitKind;
import vn.thidua.api.person.PersonId;
import vn.thidua.api.person.PersonRegistered;
import vn.thidua.query.orgunit.UnitTree;
import vn.thidua.query.testing.ProjectionTest;
import vn.thidua.query.testing.Redelivery;
import vn.thidua.query.testing.Transactions;
import vn.thidua.query.testing.ViewTables;

/**
 * The award register: three decisions of ldld-lai-chau, ldld-tam-duong and ldld-quang-nam, a grant revoked, a
 * decision revoked, and a deciding unit renamed since.
 */
@ProjectionTest
class AwardRegisterProjectionTest {

    private static final CampaignId PLAN = new CampaignId("ke-hoach-lai-chau-2025");
    private static final PersonId NGUYEN_VAN_A = new PersonId("nguyen-van-a");
    private static final DecisionId QD_LAI_CHAU = new DecisionId("qd-lai-chau-125");
    private static final DecisionId QD_TAM_DUONG = new DecisionId("qd-tam-duong-7");
    private static final DecisionId QD_QUANG_NAM = new DecisionId("qd-quang-nam-200");
    /** 3 a.m. on 1 July in Vietnam, still 30 June in UTC: the register dates it as the deciding unit does. */
    private static final Instant ISSUED_LAI_CHAU = Instant.parse("2025-06-30T20:00:00Z");
    private static final Instant ISSUED_TAM_DUONG = Instant.parse("2025-07-01T01:00:00Z");
    private static final Instant ISSUED_QUANG_NAM = Instant.parse("2024-12-20T03:00:00Z");
    private static final Instant GRANT_REVOKED = Instant.parse("2025-07-10T03:00:00Z");
    private static final Instant DECISION_REVOKED = Instant.parse("2025-07-11T03:00:00Z");
    private static final String[] TABLES = {"q_award_decision", "q_award_grant", "q_award_person", "q_award_unit"};

    @Autowired
    private AwardRegisterProjection projection;
    @Autowired
    private UnitTree tree;
    @Autowired
    private Transactions transactions;
    @Autowired
    private Redelivery redelivery;
    @Autowired
    private ViewTables tables;

    @BeforeEach
    void units() {
        tree.tradeUnions();
    }

    @Test
    void the_register_lists_every_grant_in_decision_order_with_names_dates_and_revocations() {
        history().forEach(transactions::run);

        AwardRegisterPage register = register(auditor(), null, null, null, null, 0, 10);

        assertThat(grants(register)).containsExactly("khen-4", "khen-1", "khen-2", "khen-3");
        assertThat(register.items().get(1)).isEqualTo(new AwardRegisterEntry("125/QĐ-LĐLĐ", LocalDate.of(2025, 7, 1),
                LAI_CHAU, "Liên đoàn Lao động tỉnh Lai Châu", 2025, AwardType.CERTIFICATE_OF_MERIT,
                TargetKind.COLLECTIVE, null, null, TAM_DUONG, "LĐLĐ huyện Tam Đường", PLAN, "2024.1", false, null, null,
                QD_LAI_CHAU, new GrantId("khen-1")));
        AwardRegisterEntry revokedGrant = register.items().get(2);
        assertThat(revokedGrant.personId()).isEqualTo(NGUYEN_VAN_A);
        assertThat(revokedGrant.personName()).isEqualTo("Nguyễn Văn A");
        assertThat(revokedGrant.unitName()).isEqualTo("CĐ Trường Tiểu học Tam Đường");
        assertThat(revokedGrant.revoked()).isTrue();
        assertThat(revokedGrant.revocationReason()).isEqualTo("sai đối tượng");
        assertThat(revokedGrant.revokedAt()).isEqualTo(GRANT_REVOKED);
        AwardRegisterEntry ofRevokedDecision = register.items().get(3);
        assertThat(ofRevokedDecision.revoked()).isTrue();
        assertThat(ofRevokedDecision.revocationReason()).isEqualTo("ban hành sai thẩm quyền");
        assertThat(ofRevokedDecision.revokedAt()).isEqualTo(DECISION_REVOKED);
    }

    @Test
    void a_unit_sees_the_grants_to_its_subtree_and_those_its_subtree_decided() {
        history().forEach(transactions::run);

        assertThat(grants(register(viewer(TAM_DUONG), null, null, null, null, 0, 10)))
                .containsExactly("khen-1", "khen-2", "khen-3");
        assertThat(grants(register(viewer(CD_TH_TAM_DUONG), null, null, null, null, 0, 10)))
                .containsExactly("khen-2", "khen-3");
        assertThat(grants(register(viewer(QUANG_NAM), null, null, null, null, 0, 10))).containsExactly("khen-4");
        assertThat(register(viewer(TONG_LDLD), null, null, null, null, 0, 10).totalItems()).isEqualTo(4);
        assertThat(register(viewer(new OrgUnitId("ldld-khong-co")), null, null, null, null, 0, 10).items()).isEmpty();
    }

    @Test
    void the_register_filters_by_person_unit_year_and_award() {
        history().forEach(transactions::run);

        assertThat(grants(register(auditor(), NGUYEN_VAN_A, null, null, null, 0, 10))).containsExactly("khen-2");
        assertThat(grants(register(auditor(), null, CD_TH_TAM_DUONG, null, null, 0, 10)))
                .containsExactly("khen-2", "khen-3");
        assertThat(grants(register(auditor(), null, null, 2024, null, 0, 10))).containsExactly("khen-4");
        assertThat(grants(register(auditor(), null, null, null, AwardType.ADVANCED_WORKER, 0, 10)))
                .containsExactly("khen-2");
    }

    @Test
    void the_register_pages_with_the_total() {
        history().forEach(transactions::run);

        AwardRegisterPage second = register(auditor(), null, null, null, null, 1, 3);

        assertThat(grants(register(auditor(), null, null, null, null, 0, 3))).containsExactly("khen-4", "khen-1", "khen-2");
        assertThat(grants(second)).containsExactly("khen-3");
        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(register(auditor(), null, null, null, null, -1, 10_000).size()).isEqualTo(500);
    }

    /** At-least-once delivery: every event again, newest first, so that each arrives after those that followed it. */
    @Test
    void redelivered_events_leave_the_view_unchanged() {
        redelivery.assertNewestFirstChangesNothing(history(), TABLES);
    }

    @Test
    void reset_empties_the_register_and_leaves_the_units_view_alone() {
        history().forEach(transactions::run);

        transactions.run(projection::reset);

        tables.assertEmpty(TABLES);
        assertThat(tables.count("q_unit")).isEqualTo(6);
    }

    /** Names first (as the units and persons came to be), then the decisions, each grant numbered within its decision. */
    private List<Runnable> history() {
        List<Runnable> history = new ArrayList<>();
        history.add(() -> projection.on(named(LAI_CHAU, TONG_LDLD, Level.PROVINCE, "LĐLĐ tỉnh Lai Châu"), 0));
        history.add(() -> projection.on(named(TAM_DUONG, LAI_CHAU, Level.DISTRICT, "LĐLĐ huyện Tam Đường"), 0));
        history.add(() -> projection.on(named(CD_TH_TAM_DUONG, TAM_DUONG, Level.COMMUNE, "CĐ Trường Tiểu học Tam Đường"), 0));
        history.add(() -> projection.on(named(QUANG_NAM, TONG_LDLD, Level.PROVINCE, "LĐLĐ tỉnh Quảng Nam"), 0));
        history.add(() -> projection.on(new PersonRegistered(NGUYEN_VAN_A, "Nguyễn Văn A", CD_TH_TAM_DUONG, "Giáo viên",
                null)));
        history.add(() -> projection.on(new OrgUnitRenamed(LAI_CHAU, "LĐLĐ Lai Châu", "LĐLĐ LC"), 1));
        history.add(() -> projection.on(new OrgUnitRenamed(LAI_CHAU, "Liên đoàn Lao động tỉnh Lai Châu", "LĐLĐ"), 2));
        history.add(() -> projection.on(issued(QD_QUANG_NAM, QUANG_NAM, 2024), ISSUED_QUANG_NAM));
        history.add(() -> projection.on(granted(QD_QUANG_NAM, "khen-4", "200/QĐ-LĐLĐ", QUANG_NAM, 2024,
                Participant.collective(QUANG_NAM), AwardType.EMULATION_FLAG), 1));
        history.add(() -> projection.on(issued(QD_LAI_CHAU, LAI_CHAU, 2025), ISSUED_LAI_CHAU));
        history.add(() -> projection.on(granted(QD_LAI_CHAU, "khen-1", "125/QĐ-LĐLĐ", LAI_CHAU, 2025,
                Participant.collective(TAM_DUONG), AwardType.CERTIFICATE_OF_MERIT), 1));
        history.add(() -> projection.on(granted(QD_LAI_CHAU, "khen-2", "125/QĐ-LĐLĐ", LAI_CHAU, 2025,
                Participant.individual(NGUYEN_VAN_A, CD_TH_TAM_DUONG), AwardType.ADVANCED_WORKER), 2));
        history.add(() -> projection.on(issued(QD_TAM_DUONG, TAM_DUONG, 2025), ISSUED_TAM_DUONG));
        history.add(() -> projection.on(granted(QD_TAM_DUONG, "khen-3", "7/QĐ-LĐLĐ", TAM_DUONG, 2025,
                Participant.collective(CD_TH_TAM_DUONG), AwardType.ADVANCED_COLLECTIVE), 1));
        history.add(() -> projection.on(new GrantRevoked(QD_LAI_CHAU, new GrantId("khen-2"), PLAN,
                Participant.individual(NGUYEN_VAN_A, CD_TH_TAM_DUONG), null, AwardType.ADVANCED_WORKER, PLAN,
                "sai đối tượng"), GRANT_REVOKED));
        history.add(() -> projection.on(new GrantRevoked(QD_TAM_DUONG, new GrantId("khen-3"), PLAN,
                Participant.collective(CD_TH_TAM_DUONG), null, AwardType.ADVANCED_COLLECTIVE, PLAN,
                "ban hành sai thẩm quyền"), DECISION_REVOKED));
        history.add(() -> projection.on(new DecisionRevoked(QD_TAM_DUONG, "ban hành sai thẩm quyền"), DECISION_REVOKED));
        return history;
    }

    private static OrgUnitCreated named(OrgUnitId unit, OrgUnitId parent, Level level, String name) {
        return new OrgUnitCreated(unit, name, name, level, UnitKind.TRADE_UNION, parent, null, Set.of());
    }

    private static DecisionIssued issued(DecisionId decision, OrgUnitId unit, int year) {
        return new DecisionIssued(decision, unit, year, 1, "1/QĐ-" + unit.value(), "2024.1");
    }

    private static AwardGranted granted(DecisionId decision, String grant, String number, OrgUnitId unit, int year,
                                        Participant participant, AwardType award) {
        return new AwardGranted(decision, new GrantId(grant), number, unit, year, PLAN,
                new RegistrationId("dang-ky-" + grant), participant, null, award, PLAN, null, "2024.1");
    }

    private static Viewer viewer(OrgUnitId unit) {
        return new Viewer(unit, false);
    }

    /** An auditor acting for a unit outside most of the register. */
    private static Viewer auditor() {
        return new Viewer(TRUNG_UONG, true);
    }

    private AwardRegisterPage register(Viewer viewer, PersonId person, OrgUnitId unit, Integer year, AwardType type,
                                       int page, int size) {
        return transactions.get(() -> projection.handle(new AwardRegisterQuery(viewer, person, unit, year, type, page,
                size)));
    }

    private static List<String> grants(AwardRegisterPage page) {
        return page.items().stream().map(entry -> entry.grantId().value()).toList();
    }
}
