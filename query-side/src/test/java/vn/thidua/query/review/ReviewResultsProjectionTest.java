package vn.thidua.query.review;

import static vn.thidua.query.orgunit.UnitTree.TRUNG_UONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.api.RuleViolation.Kind.FORBIDDEN;
import static vn.thidua.api.RuleViolation.Kind.NOT_FOUND;
import static vn.thidua.query.orgunit.UnitTree.CD_TH_TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.LAI_CHAU;
import static vn.thidua.query.orgunit.UnitTree.QUANG_NAM;
import static vn.thidua.query.orgunit.UnitTree.TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.TONG_LDLD;
import static vn.thidua.query.testing.Refusals.refusalOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.api.RuleViolation;
import vn.thidua.api.Viewer;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Nominee;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationEvaluated;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.RegistrationWithdrawn;
import vn.thidua.api.campaign.ReviewConcluded;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.campaign.ReviewKind;
import vn.thidua.api.campaign.ReviewOpened;
import vn.thidua.api.campaign.ReviewResults;
import vn.thidua.api.campaign.ReviewResultsQuery;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.query.orgunit.UnitTree;
import vn.thidua.query.testing.Plans;
import vn.thidua.query.testing.ProjectionTest;
import vn.thidua.query.testing.Redelivery;
import vn.thidua.query.testing.Transactions;
import vn.thidua.query.testing.ViewTables;

/**
 * The results of ldld-lai-chau's final review: evaluations, a re-evaluation, a withdrawal while the review is open,
 * and the conclusion whose ratings and nominees are final. Its plan implements tong-ldld's and ldld-tam-duong's
 * implements it.
 */
@ProjectionTest
class ReviewResultsProjectionTest {

    private static final CampaignId TONG = new CampaignId("ke-hoach-tong-ldld-2025");
    private static final CampaignId PLAN = new CampaignId("ke-hoach-lai-chau-2025");
    private static final CampaignId CT_TAM_DUONG = new CampaignId("ke-hoach-tam-duong-2025");
    private static final ReviewId REVIEW = new ReviewId("tong-ket-2025");
    private static final Participant PERSON = Participant.individual(new PersonId("nguyen-van-a"), CD_TH_TAM_DUONG);
    private static final List<Nominee> NOMINEES = List.of(
            new Nominee(new RegistrationId("dang-ky-1"), Participant.collective(TAM_DUONG), AwardType.EMULATION_FLAG,
                    Rating.EXCELLENT, "C7: dẫn đầu phong trào", false, true, "Dẫn đầu khối huyện"),
            new Nominee(new RegistrationId("dang-ky-1"), Participant.collective(TAM_DUONG),
                    AwardType.CERTIFICATE_OF_MERIT, Rating.EXCELLENT, "C7: hai năm xuất sắc", false, false, null));
    private static final String[] TABLES = {"q_review", "q_review_plan", "q_review_rating", "q_review_nominee"};

    @Autowired
    private ReviewResultsProjection projection;
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
    void an_open_review_shows_the_latest_rating_of_each_registration_still_in_it() {
        List<Runnable> history = history();
        history.subList(0, history.size() - 1).forEach(transactions::run);

        ReviewResults results = results(viewer(LAI_CHAU), PLAN, REVIEW);

        assertThat(results.status()).isEqualTo(ReviewResults.Status.OPEN);
        assertThat(results.kind()).isEqualTo(ReviewKind.FINAL);
        assertThat(results.year()).isEqualTo(2025);
        assertThat(results.title()).isEqualTo("Tổng kết năm 2025");
        assertThat(results.evaluations()).containsExactly(
                new ReviewResults.Evaluation(new RegistrationId("dang-ky-1"), Participant.collective(TAM_DUONG),
                        Rating.EXCELLENT, "vượt chỉ tiêu"),
                new ReviewResults.Evaluation(new RegistrationId("dang-ky-2"), Participant.collective(CD_TH_TAM_DUONG),
                        Rating.COMPLETED, null),
                new ReviewResults.Evaluation(new RegistrationId("dang-ky-4"), Participant.collective(LAI_CHAU),
                        Rating.GOOD, null));
        assertThat(results.distribution()).containsExactly(Map.entry(Rating.NOT_COMPLETED, 0),
                Map.entry(Rating.COMPLETED, 1), Map.entry(Rating.GOOD, 1), Map.entry(Rating.EXCELLENT, 1));
        assertThat(results.nominees()).isEmpty();
    }

    @Test
    void a_concluded_review_shows_its_final_ratings_and_its_nominees_in_order() {
        history().forEach(transactions::run);

        ReviewResults results = results(viewer(LAI_CHAU), PLAN, REVIEW);

        assertThat(results.status()).isEqualTo(ReviewResults.Status.CONCLUDED);
        assertThat(results.evaluations()).extracting(ReviewResults.Evaluation::registrationId,
                        ReviewResults.Evaluation::rating)
                .containsExactly(tuple(new RegistrationId("dang-ky-1"), Rating.EXCELLENT),
                        tuple(new RegistrationId("dang-ky-2"), Rating.GOOD));
        assertThat(results.distribution()).containsExactly(Map.entry(Rating.NOT_COMPLETED, 0),
                Map.entry(Rating.COMPLETED, 0), Map.entry(Rating.GOOD, 1), Map.entry(Rating.EXCELLENT, 1));
        assertThat(results.nominees()).isEqualTo(NOMINEES);
    }

    @Test
    void the_issuers_subtree_the_units_above_the_issuers_of_implementing_plans_and_auditors_may_read_it() {
        history().forEach(transactions::run);

        assertThat(results(viewer(TONG_LDLD), PLAN, REVIEW).reviewId()).isEqualTo(REVIEW);
        assertThat(results(viewer(TAM_DUONG), PLAN, REVIEW).reviewId()).isEqualTo(REVIEW);
        assertThat(results(new Viewer(TRUNG_UONG, true), PLAN, REVIEW).reviewId()).isEqualTo(REVIEW);
    }

    @Test
    void a_unit_outside_the_issuers_subtree_implementing_none_of_its_plans_is_refused_by_SCOPE() {
        history().forEach(transactions::run);

        RuleViolation beside = refusalOf(() -> results(viewer(QUANG_NAM), PLAN, REVIEW));
        RuleViolation below = refusalOf(() -> results(viewer(CD_TH_TAM_DUONG), PLAN, REVIEW));

        assertThat(beside.rule()).isEqualTo("SCOPE");
        assertThat(beside.kind()).isEqualTo(FORBIDDEN);
        assertThat(below.rule()).isEqualTo("SCOPE");
    }

    @Test
    void an_unknown_plan_is_not_found_by_C1_and_an_unknown_review_by_C5() {
        history().forEach(transactions::run);

        RuleViolation plan = refusalOf(() -> results(viewer(LAI_CHAU), new CampaignId("khong-co"), REVIEW));
        RuleViolation review = refusalOf(() -> results(viewer(LAI_CHAU), PLAN, new ReviewId("so-ket-1990")));

        assertThat(plan.rule()).isEqualTo("C1");
        assertThat(plan.kind()).isEqualTo(NOT_FOUND);
        assertThat(review.rule()).isEqualTo("C5");
        assertThat(review.kind()).isEqualTo(NOT_FOUND);
    }

    /** At-least-once delivery: every event again, newest first, so that each arrives after those that followed it. */
    @Test
    void redelivered_events_leave_the_view_unchanged() {
        redelivery.assertNewestFirstChangesNothing(history(), TABLES);
    }

    /**
     * The same while the review is open: a repeated evaluation finds a later one of its registration, or the
     * withdrawal that took its rating away.
     */
    @Test
    void redelivered_evaluations_of_an_open_review_leave_it_unchanged() {
        redelivery.assertNewestFirstChangesNothing(List.of(
                () -> projection.on(Plans.launched(PLAN, LAI_CHAU, TONG)),
                () -> projection.on(new ReviewOpened(PLAN, REVIEW, ReviewKind.FINAL, 2025, "Tổng kết năm 2025")),
                () -> projection.on(evaluated("dang-ky-1", Participant.collective(TAM_DUONG), Rating.GOOD, null), 6),
                () -> projection.on(evaluated("dang-ky-2", Participant.collective(CD_TH_TAM_DUONG), Rating.COMPLETED,
                        null), 7),
                () -> projection.on(evaluated("dang-ky-1", Participant.collective(TAM_DUONG), Rating.EXCELLENT,
                        "vượt chỉ tiêu"), 8),
                () -> projection.on(new RegistrationWithdrawn(PLAN, new RegistrationId("dang-ky-2"), "chuyển công tác"), 9)), TABLES);
    }

    @Test
    void reset_empties_the_view_and_leaves_the_units_alone() {
        history().forEach(transactions::run);

        transactions.run(projection::reset);

        tables.assertEmpty(TABLES);
        assertThat(tables.count("q_unit")).isEqualTo(6);
    }

    /**
     * The three plans, then the review of ldld-lai-chau's numbered within its plan: four evaluations, a re-evaluation,
     * a withdrawal, and the conclusion that rates dang-ky-2 anew and leaves dang-ky-4 out.
     */
    private List<Runnable> history() {
        List<Runnable> history = new ArrayList<>();
        history.add(() -> projection.on(Plans.launched(TONG, TONG_LDLD, null)));
        history.add(() -> projection.on(Plans.launched(PLAN, LAI_CHAU, TONG)));
        history.add(() -> projection.on(Plans.launched(CT_TAM_DUONG, TAM_DUONG, PLAN)));
        history.add(() -> projection.on(new ReviewOpened(PLAN, REVIEW, ReviewKind.FINAL, 2025, "Tổng kết năm 2025")));
        history.add(() -> projection.on(evaluated("dang-ky-1", Participant.collective(TAM_DUONG), Rating.GOOD, null), 6));
        history.add(() -> projection.on(evaluated("dang-ky-2", Participant.collective(CD_TH_TAM_DUONG), Rating.COMPLETED,
                null), 7));
        history.add(() -> projection.on(evaluated("dang-ky-3", PERSON, Rating.NOT_COMPLETED, null), 8));
        history.add(() -> projection.on(evaluated("dang-ky-1", Participant.collective(TAM_DUONG), Rating.EXCELLENT,
                "vượt chỉ tiêu"), 9));
        history.add(() -> projection.on(new RegistrationWithdrawn(PLAN, new RegistrationId("dang-ky-3"), "nghỉ hưu"), 10));
        history.add(() -> projection.on(evaluated("dang-ky-4", Participant.collective(LAI_CHAU), Rating.GOOD, null), 11));
        history.add(() -> projection.on(new ReviewConcluded(PLAN, REVIEW, ReviewKind.FINAL, 2025, List.of(
                evaluated("dang-ky-1", Participant.collective(TAM_DUONG), Rating.EXCELLENT, "vượt chỉ tiêu"),
                evaluated("dang-ky-2", Participant.collective(CD_TH_TAM_DUONG), Rating.GOOD, null)), NOMINEES), 12));
        return history;
    }

    private static RegistrationEvaluated evaluated(String registration, Participant participant, Rating rating,
                                                   String remarks) {
        return new RegistrationEvaluated(PLAN, REVIEW, new RegistrationId(registration), participant, 2025, rating,
                Map.of("C1", 9), remarks);
    }

    private static Viewer viewer(OrgUnitId unit) {
        return new Viewer(unit, false);
    }

    private ReviewResults results(Viewer viewer, CampaignId plan, ReviewId review) {
        return transactions.get(() -> projection.handle(new ReviewResultsQuery(viewer, plan, review)));
    }
}
