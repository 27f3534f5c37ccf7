package vn.thidua.query.campaign;

import static vn.thidua.query.orgunit.UnitTree.TRUNG_UONG;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.api.RuleViolation.Kind.FORBIDDEN;
import static vn.thidua.api.RuleViolation.Kind.NOT_FOUND;
import static vn.thidua.query.orgunit.UnitTree.CD_TH_TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.LAI_CHAU;
import static vn.thidua.query.orgunit.UnitTree.QUANG_NAM;
import static vn.thidua.query.orgunit.UnitTree.TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.TONG_LDLD;
import static vn.thidua.query.testing.Plans.YEAR_2025;
import static vn.thidua.query.testing.Plans.limited;
import static vn.thidua.query.testing.Refusals.refusalOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.api.RuleViolation;
import vn.thidua.api.Viewer;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.CampaignAmended;
import vn.thidua.api.campaign.CampaignCancelled;
import vn.thidua.api.campaign.CampaignClosed;
import vn.thidua.api.campaign.CampaignDetails;
import vn.thidua.api.campaign.CampaignDetailsQuery;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.CampaignListQuery;
import vn.thidua.api.campaign.CampaignPage;
import vn.thidua.api.campaign.CampaignState;
import vn.thidua.api.campaign.CampaignSummary;
import vn.thidua.api.campaign.CampaignTree;
import vn.thidua.api.campaign.CampaignTreeQuery;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.ParticipantRegistered;
import vn.thidua.api.campaign.Period;
import vn.thidua.api.campaign.ProgressReportId;
import vn.thidua.api.campaign.ProgressReportSubmitted;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationEvaluated;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.RegistrationWithdrawn;
import vn.thidua.api.campaign.ReservedShare;
import vn.thidua.api.campaign.ReviewConcluded;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.campaign.ReviewKind;
import vn.thidua.api.campaign.ReviewOpened;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.query.orgunit.UnitTree;
import vn.thidua.query.testing.Plans;
import vn.thidua.query.testing.ProjectionTest;
import vn.thidua.query.testing.Redelivery;
import vn.thidua.query.testing.Transactions;
import vn.thidua.query.testing.ViewTables;

/**
 * The campaigns view: a cascade of plans (tong-ldld's, ldld-lai-chau's implementing it, ldld-tam-duong's implementing
 * that, and ldld-quang-nam's beside), their amendments, registrations, reviews and progress reports.
 */
@ProjectionTest
class CampaignsProjectionTest {

    private static final CampaignId TONG = new CampaignId("ke-hoach-tong-ldld-2025");
    private static final CampaignId CT_LAI_CHAU = new CampaignId("ke-hoach-lai-chau-2025");
    private static final CampaignId CT_TAM_DUONG = new CampaignId("ke-hoach-tam-duong-2025");
    private static final CampaignId CT_QUANG_NAM = new CampaignId("ke-hoach-quang-nam-2024");
    private static final ReviewId SO_KET = new ReviewId("so-ket-2025");
    private static final ReviewId TONG_KET = new ReviewId("tong-ket-2025");
    private static final List<AwardPlanItem> AMENDED_PLAN = List.of(
            limited(AwardType.CERTIFICATE_OF_MERIT, TargetKind.COLLECTIVE, 6, new ReservedShare("EDUCATION", 2)),
            new AwardPlanItem(AwardType.EMULATION_FLAG, TargetKind.COLLECTIVE, null));
    private static final String AMENDED_TITLE = "Phong trào thi đua Lao động giỏi, Lao động sáng tạo (sửa đổi lần 2)";

    @Autowired
    private CampaignsProjection projection;
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
    void details_show_the_plan_as_amended_with_its_counts() {
        history().forEach(transactions::run);

        CampaignDetails details = details(viewer(LAI_CHAU), CT_LAI_CHAU);

        assertThat(details.campaign()).isEqualTo(new CampaignSummary(CT_LAI_CHAU, LAI_CHAU, "05/KH-LĐLĐ", AMENDED_TITLE,
                new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 31)), CampaignState.Status.LAUNCHED, TONG));
        assertThat(details.awardPlan()).isEqualTo(AMENDED_PLAN);
        assertThat(details.schedule()).isEqualTo(Plans.SCHEDULE);
        assertThat(details.activeRegistrations()).isEqualTo(2);
        assertThat(details.withdrawnRegistrations()).isEqualTo(1);
        assertThat(details.reviewsOpened()).isEqualTo(2);
        assertThat(details.reviewsConcluded()).isEqualTo(1);
        assertThat(details.progressReportsSent()).isZero();
        assertThat(details.progressReportsReceived()).isEqualTo(1);
        assertThat(details(viewer(TAM_DUONG), CT_TAM_DUONG).progressReportsSent()).isEqualTo(1);
    }

    @Test
    void closing_and_cancelling_show_in_the_status() {
        history().forEach(transactions::run);

        assertThat(details(viewer(TAM_DUONG), CT_TAM_DUONG).campaign().status()).isEqualTo(CampaignState.Status.CLOSED);
        assertThat(details(viewer(QUANG_NAM), CT_QUANG_NAM).campaign().status())
                .isEqualTo(CampaignState.Status.CANCELLED);
    }

    @Test
    void the_tree_shows_each_plans_progress_and_only_the_child_plans_the_viewer_may_see() {
        history().forEach(transactions::run);

        CampaignTree all = tree(auditor(), TONG);
        CampaignTree fromLaiChau = tree(viewer(LAI_CHAU), TONG);

        assertThat(all.children()).extracting(CampaignTree::campaignId).containsExactly(CT_QUANG_NAM, CT_LAI_CHAU);
        CampaignTree laiChau = all.children().get(1);
        assertThat(laiChau.progress()).isEqualTo(new CampaignTree.Progress(2, 1, 1, 2));
        assertThat(laiChau.children()).extracting(CampaignTree::campaignId).containsExactly(CT_TAM_DUONG);
        assertThat(fromLaiChau.children()).extracting(CampaignTree::campaignId).containsExactly(CT_LAI_CHAU);
    }

    @Test
    void the_list_holds_the_plans_issued_in_the_viewers_subtree_and_all_for_an_auditor() {
        history().forEach(transactions::run);

        assertThat(ids(list(viewer(LAI_CHAU), null, null, null, 0, 10))).containsExactly(CT_TAM_DUONG, CT_LAI_CHAU);
        assertThat(ids(list(viewer(CD_TH_TAM_DUONG), null, null, null, 0, 10))).isEmpty();
        assertThat(ids(list(auditor(), null, null, null, 0, 10)))
                .containsExactly(CT_TAM_DUONG, CT_LAI_CHAU, TONG, CT_QUANG_NAM);
    }

    @Test
    void the_list_filters_by_issuer_status_and_year() {
        history().forEach(transactions::run);

        assertThat(ids(list(auditor(), LAI_CHAU, null, null, 0, 10))).containsExactly(CT_LAI_CHAU);
        assertThat(ids(list(auditor(), null, CampaignState.Status.CLOSED, null, 0, 10))).containsExactly(CT_TAM_DUONG);
        assertThat(ids(list(auditor(), null, null, 2024, 0, 10))).containsExactly(CT_QUANG_NAM);
    }

    @Test
    void the_list_pages_newest_period_first_with_the_total() {
        history().forEach(transactions::run);

        CampaignPage first = list(auditor(), null, null, null, 0, 3);
        CampaignPage second = list(auditor(), null, null, null, 1, 3);

        assertThat(ids(first)).containsExactly(CT_TAM_DUONG, CT_LAI_CHAU, TONG);
        assertThat(ids(second)).containsExactly(CT_QUANG_NAM);
        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(list(auditor(), null, null, null, -1, 10_000).size()).isEqualTo(500);
    }

    @Test
    void the_issuer_of_a_plan_implementing_another_may_read_that_one_and_no_one_else_outside_its_subtree() {
        history().forEach(transactions::run);

        assertThat(details(viewer(TAM_DUONG), TONG).campaign().campaignId()).isEqualTo(TONG);
        assertThat(details(viewer(TONG_LDLD), CT_TAM_DUONG).campaign().campaignId()).isEqualTo(CT_TAM_DUONG);
        assertThat(details(auditor(), CT_LAI_CHAU).campaign().campaignId()).isEqualTo(CT_LAI_CHAU);
        RuleViolation refusal = refusalOf(() -> details(viewer(QUANG_NAM), CT_LAI_CHAU));
        assertThat(refusal.rule()).isEqualTo("SCOPE");
        assertThat(refusal.kind()).isEqualTo(FORBIDDEN);
        assertThat(refusalOf(() -> tree(viewer(CD_TH_TAM_DUONG), CT_LAI_CHAU)).rule()).isEqualTo("SCOPE");
    }

    @Test
    void an_unknown_plan_is_not_found_by_C1() {
        RuleViolation refusal = refusalOf(() -> details(auditor(), new CampaignId("khong-co")));

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

        for (Map.Entry<String, ?> table : tables.rows(TABLES).entrySet()) {
            assertThat((List<?>) table.getValue()).as(table.getKey()).isEmpty();
        }
        assertThat(list(auditor(), null, null, null, 0, 10).totalItems()).isZero();
        assertThat(tables.count("q_unit")).isEqualTo(6);
    }

    private static final String[] TABLES = {"q_campaign", "q_campaign_award", "q_campaign_reserved",
            "q_campaign_schedule", "q_campaign_registration", "q_campaign_review", "q_campaign_progress_report"};

    /**
     * The four plans as their aggregates tell them, each event numbered within its plan: ldld-lai-chau's amended
     * twice, with three registrations (one withdrawn), a concluded review and a second one under way.
     */
    private List<Runnable> history() {
        CampaignLaunched laiChau = Plans.launched(CT_LAI_CHAU, LAI_CHAU, "05/KH-LĐLĐ",
                new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 31)), TONG,
                List.of(limited(AwardType.CERTIFICATE_OF_MERIT, TargetKind.COLLECTIVE, 4)));
        CampaignAmended firstAmendment = Plans.amended(laiChau, "sửa đổi lần 1",
                List.of(limited(AwardType.CERTIFICATE_OF_MERIT, TargetKind.COLLECTIVE, 5)));
        CampaignAmended secondAmendment = Plans.amended(laiChau, AMENDED_TITLE, AMENDED_PLAN);
        List<Runnable> history = new ArrayList<>();
        history.add(() -> projection.on(Plans.launched(TONG, TONG_LDLD, "01/KH-TLĐ", YEAR_2025, null, List.of()), 0));
        history.add(() -> projection.on(laiChau, 0));
        history.add(() -> projection.on(firstAmendment, 1));
        history.add(() -> projection.on(registered(CT_LAI_CHAU, "dang-ky-1", TAM_DUONG), 2));
        history.add(() -> projection.on(registered(CT_LAI_CHAU, "dang-ky-2", CD_TH_TAM_DUONG), 3));
        history.add(() -> projection.on(registered(CT_LAI_CHAU, "dang-ky-3", LAI_CHAU), 4));
        history.add(() -> projection.on(new RegistrationWithdrawn(CT_LAI_CHAU, new RegistrationId("dang-ky-3"), "rút"), 5));
        history.add(() -> projection.on(new ReviewOpened(CT_LAI_CHAU, SO_KET, ReviewKind.PRELIMINARY, 2025, "Sơ kết"), 6));
        history.add(() -> projection.on(evaluated(SO_KET, "dang-ky-1", TAM_DUONG), 7));
        history.add(() -> projection.on(evaluated(SO_KET, "dang-ky-2", CD_TH_TAM_DUONG), 8));
        history.add(() -> projection.on(new ReviewConcluded(CT_LAI_CHAU, SO_KET, ReviewKind.PRELIMINARY, 2025,
                List.of(), List.of())));
        history.add(() -> projection.on(new ReviewOpened(CT_LAI_CHAU, TONG_KET, ReviewKind.FINAL, 2025, "Tổng kết"), 10));
        history.add(() -> projection.on(evaluated(TONG_KET, "dang-ky-1", TAM_DUONG), 11));
        history.add(() -> projection.on(secondAmendment, 12));
        history.add(() -> projection.on(Plans.launched(CT_TAM_DUONG, TAM_DUONG, "07/KH-LĐLĐ",
                new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 11, 30)), CT_LAI_CHAU, List.of()), 0));
        history.add(() -> projection.on(new ProgressReportSubmitted(CT_TAM_DUONG, new ProgressReportId("bao-cao-6-thang"),
                CT_LAI_CHAU, LAI_CHAU, "6 tháng đầu năm", "Đã triển khai tới 12 công đoàn cơ sở")));
        history.add(() -> projection.on(new CampaignClosed(CT_TAM_DUONG), 2));
        history.add(() -> projection.on(Plans.launched(CT_QUANG_NAM, QUANG_NAM, "03/KH-LĐLĐ",
                new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), TONG, List.of()), 0));
        history.add(() -> projection.on(new CampaignCancelled(CT_QUANG_NAM, "trùng kế hoạch"), 1));
        return history;
    }

    private static ParticipantRegistered registered(CampaignId plan, String registration, OrgUnitId unit) {
        return new ParticipantRegistered(plan, new RegistrationId(registration), Participant.collective(unit),
                List.of("Hoàn thành xuất sắc nhiệm vụ"));
    }

    private static RegistrationEvaluated evaluated(ReviewId review, String registration, OrgUnitId unit) {
        return new RegistrationEvaluated(CT_LAI_CHAU, review, new RegistrationId(registration),
                Participant.collective(unit), 2025, Rating.GOOD, Map.of(), null);
    }

    private static Viewer viewer(OrgUnitId unit) {
        return new Viewer(unit, false);
    }

    /** An auditor acting for a unit outside every plan's subtree. */
    private static Viewer auditor() {
        return new Viewer(TRUNG_UONG, true);
    }

    private CampaignDetails details(Viewer viewer, CampaignId plan) {
        return transactions.get(() -> projection.handle(new CampaignDetailsQuery(viewer, plan)));
    }

    private CampaignTree tree(Viewer viewer, CampaignId plan) {
        return transactions.get(() -> projection.handle(new CampaignTreeQuery(viewer, plan)));
    }

    private CampaignPage list(Viewer viewer, OrgUnitId issuer, CampaignState.Status status, Integer year, int page,
                              int size) {
        return transactions.get(() -> projection.handle(new CampaignListQuery(viewer, issuer, status, year, page, size)));
    }

    private static List<CampaignId> ids(CampaignPage page) {
        return page.items().stream().map(CampaignSummary::campaignId).toList();
    }
}
