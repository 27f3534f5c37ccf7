package vn.thidua.query.registration;

import static vn.thidua.query.orgunit.UnitTree.TRUNG_UONG;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.api.RuleViolation.Kind.NOT_FOUND;
import static vn.thidua.query.orgunit.UnitTree.CD_TH_TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.LAI_CHAU;
import static vn.thidua.query.orgunit.UnitTree.QUANG_NAM;
import static vn.thidua.query.orgunit.UnitTree.TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.TONG_LDLD;
import static vn.thidua.query.testing.Refusals.refusalOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.api.RuleViolation;
import vn.thidua.api.Viewer;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.ParticipantRegistered;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationEvaluated;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.RegistrationListQuery;
import vn.thidua.api.campaign.RegistrationPage;
import vn.thidua.api.campaign.RegistrationSummary;
import vn.thidua.api.campaign.RegistrationWithdrawn;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.UnitKind;
import vn.thidua.api.person.PersonId;
import vn.thidua.api.person.PersonRegistered;
import vn.thidua.query.orgunit.UnitTree;
import vn.thidua.query.testing.Plans;
import vn.thidua.query.testing.ProjectionTest;
import vn.thidua.query.testing.Redelivery;
import vn.thidua.query.testing.Transactions;
import vn.thidua.query.testing.ViewTables;

/**
 * The registrations of ldld-lai-chau's plan: its own, its districts', a school union's and two persons', one of them
 * withdrawn; categories come from the units' and persons' own events.
 */
@ProjectionTest
class RegistrationsProjectionTest {

    private static final CampaignId PLAN = new CampaignId("ke-hoach-lai-chau-2025");
    private static final PersonId NGUYEN_VAN_A = new PersonId("nguyen-van-a");
    private static final PersonId TRAN_THI_B = new PersonId("tran-thi-b");
    private static final ReviewId SO_KET = new ReviewId("so-ket-2025");
    private static final ReviewId TONG_KET = new ReviewId("tong-ket-2025");
    private static final Instant T0 = Instant.parse("2025-02-10T02:00:00Z");
    private static final String[] TABLES = {"q_registration", "q_registration_commitment", "q_registration_plan",
            "q_registration_category"};

    @Autowired
    private RegistrationsProjection projection;
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
    void the_list_shows_each_registration_in_order_with_its_category_commitments_status_and_latest_rating() {
        history().forEach(transactions::run);

        RegistrationPage page = list(viewer(LAI_CHAU), null, null, 0, 10);

        assertThat(page.items()).containsExactly(
                new RegistrationSummary(new RegistrationId("dang-ky-1"), Participant.collective(TAM_DUONG), null,
                        List.of("Hoàn thành xuất sắc nhiệm vụ", "Không có tai nạn lao động"),
                        RegistrationSummary.Status.ACTIVE, T0.plusSeconds(1), Rating.EXCELLENT, TONG_KET),
                new RegistrationSummary(new RegistrationId("dang-ky-2"), Participant.collective(CD_TH_TAM_DUONG),
                        "EDUCATION", List.of("Hoàn thành xuất sắc nhiệm vụ"), RegistrationSummary.Status.ACTIVE,
                        T0.plusSeconds(2), null, null),
                new RegistrationSummary(new RegistrationId("dang-ky-3"),
                        Participant.individual(NGUYEN_VAN_A, CD_TH_TAM_DUONG), "HEALTH",
                        List.of("Hoàn thành xuất sắc nhiệm vụ"), RegistrationSummary.Status.ACTIVE, T0.plusSeconds(3),
                        null, null),
                new RegistrationSummary(new RegistrationId("dang-ky-4"), Participant.collective(LAI_CHAU), null,
                        List.of("Hoàn thành xuất sắc nhiệm vụ"), RegistrationSummary.Status.ACTIVE, T0.plusSeconds(4),
                        null, null),
                new RegistrationSummary(new RegistrationId("dang-ky-5"), Participant.individual(TRAN_THI_B, CD_TH_TAM_DUONG),
                        "EDUCATION", List.of("Hoàn thành xuất sắc nhiệm vụ"), RegistrationSummary.Status.WITHDRAWN,
                        T0.plusSeconds(5), null, null));
        assertThat(page.totalItems()).isEqualTo(5);
    }

    @Test
    void the_issuer_the_units_above_it_and_an_auditor_see_every_registration() {
        history().forEach(transactions::run);

        assertThat(list(viewer(LAI_CHAU), null, null, 0, 10).totalItems()).isEqualTo(5);
        assertThat(list(viewer(TONG_LDLD), null, null, 0, 10).totalItems()).isEqualTo(5);
        assertThat(list(new Viewer(TRUNG_UONG, true), null, null, 0, 10).totalItems()).isEqualTo(5);
    }

    @Test
    void a_unit_below_the_issuer_sees_the_registrations_of_its_subtree_and_a_unit_beside_it_none() {
        history().forEach(transactions::run);

        assertThat(ids(list(viewer(TAM_DUONG), null, null, 0, 10)))
                .containsExactly("dang-ky-1", "dang-ky-2", "dang-ky-3", "dang-ky-5");
        assertThat(ids(list(viewer(CD_TH_TAM_DUONG), null, null, 0, 10)))
                .containsExactly("dang-ky-2", "dang-ky-3", "dang-ky-5");
        RegistrationPage beside = list(viewer(QUANG_NAM), null, null, 0, 10);
        assertThat(beside.items()).isEmpty();
        assertThat(beside.totalItems()).isZero();
    }

    @Test
    void the_list_filters_by_unit_and_person() {
        history().forEach(transactions::run);

        assertThat(ids(list(viewer(LAI_CHAU), CD_TH_TAM_DUONG, null, 0, 10)))
                .containsExactly("dang-ky-2", "dang-ky-3", "dang-ky-5");
        assertThat(ids(list(viewer(LAI_CHAU), null, NGUYEN_VAN_A, 0, 10))).containsExactly("dang-ky-3");
    }

    @Test
    void the_list_pages_in_registration_order_with_the_total() {
        history().forEach(transactions::run);

        RegistrationPage third = list(viewer(LAI_CHAU), null, null, 2, 2);

        assertThat(ids(list(viewer(LAI_CHAU), null, null, 0, 2))).containsExactly("dang-ky-1", "dang-ky-2");
        assertThat(ids(third)).containsExactly("dang-ky-5");
        assertThat(third.totalItems()).isEqualTo(5);
        assertThat(list(viewer(LAI_CHAU), null, null, -1, 10_000).size()).isEqualTo(500);
    }

    @Test
    void an_unknown_plan_is_not_found_by_C1() {
        RuleViolation refusal = refusalOf(() -> list(viewer(LAI_CHAU), null, null, 0, 10, new CampaignId("khong-co")));

        assertThat(refusal.rule()).isEqualTo("C1");
        assertThat(refusal.kind()).isEqualTo(NOT_FOUND);
    }

    /** At-least-once delivery: every event again, newest first, so that each arrives after those that followed it. */
    @Test
    void redelivered_events_leave_the_view_unchanged() {
        redelivery.assertNewestFirstChangesNothing(history(), TABLES);
    }

    @Test
    void reset_empties_the_view_and_leaves_the_units_alone() {
        history().forEach(transactions::run);

        transactions.run(projection::reset);

        tables.assertEmpty(TABLES);
        assertThat(tables.count("q_unit")).isEqualTo(6);
        assertThat(refusalOf(() -> list(viewer(LAI_CHAU), null, null, 0, 10)).rule()).isEqualTo("C1");
    }

    /**
     * What this view hears of: the units' and persons' categories, the plan, five registrations numbered within the
     * plan, a withdrawal and two evaluations of the first registration.
     */
    private List<Runnable> history() {
        List<Runnable> history = new ArrayList<>();
        history.add(() -> projection.on(UnitTree.created(CD_TH_TAM_DUONG, TAM_DUONG, Level.COMMUNE,
                UnitKind.ORGANISATION, "EDUCATION")));
        history.add(() -> projection.on(UnitTree.created(TAM_DUONG, LAI_CHAU, Level.DISTRICT, UnitKind.TRADE_UNION,
                null)));
        history.add(() -> projection.on(new PersonRegistered(NGUYEN_VAN_A, "Nguyễn Văn A", CD_TH_TAM_DUONG,
                "Giáo viên", "HEALTH")));
        history.add(() -> projection.on(new PersonRegistered(TRAN_THI_B, "Trần Thị B", CD_TH_TAM_DUONG, "Giáo viên",
                null)));
        history.add(() -> projection.on(Plans.launched(PLAN, LAI_CHAU, null)));
        history.add(() -> projection.on(registered("dang-ky-1", Participant.collective(TAM_DUONG),
                List.of("Hoàn thành xuất sắc nhiệm vụ", "Không có tai nạn lao động")), 1, T0.plusSeconds(1)));
        history.add(() -> projection.on(registered("dang-ky-2", Participant.collective(CD_TH_TAM_DUONG)), 2,
                T0.plusSeconds(2)));
        history.add(() -> projection.on(registered("dang-ky-3", Participant.individual(NGUYEN_VAN_A, CD_TH_TAM_DUONG)),
                3, T0.plusSeconds(3)));
        history.add(() -> projection.on(registered("dang-ky-4", Participant.collective(LAI_CHAU)), 4, T0.plusSeconds(4)));
        history.add(() -> projection.on(registered("dang-ky-5", Participant.individual(TRAN_THI_B, CD_TH_TAM_DUONG)),
                5, T0.plusSeconds(5)));
        history.add(() -> projection.on(new RegistrationWithdrawn(PLAN, new RegistrationId("dang-ky-5"), "chuyển công tác"), 6));
        history.add(() -> projection.on(evaluated(SO_KET, Rating.GOOD), 7));
        history.add(() -> projection.on(evaluated(TONG_KET, Rating.EXCELLENT), 8));
        return history;
    }

    private static ParticipantRegistered registered(String registration, Participant participant) {
        return registered(registration, participant, List.of("Hoàn thành xuất sắc nhiệm vụ"));
    }

    private static ParticipantRegistered registered(String registration, Participant participant,
                                                    List<String> commitments) {
        return new ParticipantRegistered(PLAN, new RegistrationId(registration), participant, commitments);
    }

    private static RegistrationEvaluated evaluated(ReviewId review, Rating rating) {
        return new RegistrationEvaluated(PLAN, review, new RegistrationId("dang-ky-1"), Participant.collective(TAM_DUONG),
                2025, rating, Map.of(), null);
    }

    private static Viewer viewer(OrgUnitId unit) {
        return new Viewer(unit, false);
    }

    private RegistrationPage list(Viewer viewer, OrgUnitId unit, PersonId person, int page, int size) {
        return list(viewer, unit, person, page, size, PLAN);
    }

    private RegistrationPage list(Viewer viewer, OrgUnitId unit, PersonId person, int page, int size, CampaignId plan) {
        return transactions.get(() -> projection.handle(new RegistrationListQuery(viewer, plan, unit, person, page, size)));
    }

    private static List<String> ids(RegistrationPage page) {
        return page.items().stream().map(item -> item.registrationId().value()).toList();
    }
}
