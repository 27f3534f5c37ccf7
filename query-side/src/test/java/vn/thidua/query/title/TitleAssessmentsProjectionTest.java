package vn.thidua.query.title;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.query.orgunit.UnitTree.CD_TH_TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.LAI_CHAU;
import static vn.thidua.query.orgunit.UnitTree.QUANG_NAM;
import static vn.thidua.query.orgunit.UnitTree.TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.TRUNG_UONG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.api.Viewer;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.proposal.CouncilVote;
import vn.thidua.api.proposal.ProposalApproved;
import vn.thidua.api.proposal.ProposalId;
import vn.thidua.api.proposal.ProposalRejected;
import vn.thidua.api.title.SelfAssessmentRecorded;
import vn.thidua.api.title.TitleAssessments;
import vn.thidua.api.title.TitleAssessmentsQuery;
import vn.thidua.api.title.TitleCriteriaScored;
import vn.thidua.api.title.TitleCriterion;
import vn.thidua.api.title.TitleStandard;
import vn.thidua.api.title.TitleStandardsRegistered;
import vn.thidua.query.orgunit.UnitTree;
import vn.thidua.query.testing.ProjectionTest;
import vn.thidua.query.testing.Redelivery;
import vn.thidua.query.testing.Transactions;
import vn.thidua.query.testing.ViewTables;

/**
 * The school union of Tam Đường keeps "Cơ quan đạt chuẩn văn hóa" for 2025; since 2022 a union's title is
 * recognised by the provincial federation (HD 58/HD-TLĐ), so LĐLĐ tỉnh Lai Châu scores it. It scores itself twice
 * (the second replaces the first), the federation scores twice, then recognises it.
 */
@ProjectionTest
class TitleAssessmentsProjectionTest {

    private static final CampaignId PLAN = new CampaignId("cd-th-tam-duong-cqvh-2025");
    private static final RegistrationId REGISTRATION = new RegistrationId("dk-cd-th-tam-duong");
    private static final ProposalId PROPOSAL = new ProposalId("de-nghi-cqvh-cd-th-tam-duong");
    private static final AwardType TITLE = AwardType.CULTURAL_STANDARD_TITLE;
    private static final String[] TABLES = {"q_title_assessment", "q_title_criterion", "q_title_proposal"};
    private static final List<TitleStandard> STANDARDS = List.of(
            new TitleStandard("1", "Hoàn thành tốt nhiệm vụ", List.of(new TitleCriterion("1.1", "Phong trào thi đua", 30),
                    new TitleCriterion("1.2", "Có sáng kiến", 10))),
            new TitleStandard("2", "Thực hiện nếp sống văn minh, môi trường văn hóa công sở",
                    List.of(new TitleCriterion("2.1", "Văn hóa công sở", 30))));

    @Autowired
    private TitleAssessmentsProjection projection;
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
    void a_recognised_title_shows_the_latest_points_of_each_side_by_standard_and_criterion() {
        history().forEach(transactions::run);

        TitleAssessments.Assessment title = titles(viewer(CD_TH_TAM_DUONG)).get(0);

        assertThat(title.outcome()).isEqualTo(TitleAssessments.Outcome.RECOGNISED);
        assertThat(title.selfTotal()).isEqualTo(62);
        assertThat(title.committeeTotal()).isEqualTo(58);
        assertThat(title.scoredBy()).isEqualTo(LAI_CHAU);
        assertThat(title.decisionId()).isEqualTo(new DecisionId("qd-ldld-lai-chau-2025"));
        assertThat(title.standards()).containsExactly(
                new TitleAssessments.Standard("1", "Hoàn thành tốt nhiệm vụ", 40, 36, 33, List.of(
                        new TitleAssessments.Criterion("1.1", "Phong trào thi đua", 30, 28, 25),
                        new TitleAssessments.Criterion("1.2", "Có sáng kiến", 10, 8, 8))),
                new TitleAssessments.Standard("2", "Thực hiện nếp sống văn minh, môi trường văn hóa công sở", 30, 26, 25,
                        List.of(new TitleAssessments.Criterion("2.1", "Văn hóa công sở", 30, 26, 25))));
    }

    @Test
    void a_title_registered_but_not_yet_scored_has_no_points() {
        transactions.run(() -> projection.on(registered()));

        TitleAssessments.Assessment title = titles(viewer(CD_TH_TAM_DUONG)).get(0);

        assertThat(title.outcome()).isEqualTo(TitleAssessments.Outcome.REGISTERED);
        assertThat(title.selfTotal()).isNull();
        assertThat(title.standards().get(0).selfPoints()).isNull();
        assertThat(title.standards().get(0).maxPoints()).isEqualTo(40);
    }

    @Test
    void a_rejected_proposal_leaves_the_title_not_recognised() {
        List<Runnable> history = history();
        history.set(history.size() - 1, () -> projection.on(new ProposalRejected(PROPOSAL, LAI_CHAU, "Chưa đạt")));
        history.forEach(transactions::run);

        assertThat(titles(viewer(CD_TH_TAM_DUONG)).get(0).outcome()).isEqualTo(TitleAssessments.Outcome.NOT_RECOGNISED);
    }

    @Test
    void the_unit_the_units_above_it_and_the_national_auditor_see_the_title_others_do_not() {
        history().forEach(transactions::run);

        assertThat(titles(viewer(TAM_DUONG))).hasSize(1);
        assertThat(titles(viewer(LAI_CHAU))).hasSize(1);
        assertThat(titles(new Viewer(TRUNG_UONG, true))).hasSize(1);
        assertThat(titles(viewer(QUANG_NAM))).isEmpty();
        assertThat(titles(new Viewer(QUANG_NAM, true))).isEmpty();
    }

    /** At-least-once delivery: every event again, newest first; an older scoring never replaces a newer one. */
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
    }

    private List<Runnable> history() {
        List<Runnable> history = new ArrayList<>();
        history.add(() -> projection.on(registered()));
        history.add(() -> projection.on(selfAssessed(Map.of("1.1", 25, "2.1", 20), 45), 3));
        history.add(() -> projection.on(selfAssessed(Map.of("1.1", 28, "1.2", 8, "2.1", 26), 62), 4));
        history.add(() -> projection.on(scored(Map.of("1.1", 20, "1.2", 8, "2.1", 20), 48), 2));
        history.add(() -> projection.on(scored(Map.of("1.1", 25, "1.2", 8, "2.1", 25), 58), 3));
        history.add(() -> projection.on(new ProposalApproved(PROPOSAL, LAI_CHAU, new CouncilVote(7, 7, 9, false),
                new DecisionId("qd-ldld-lai-chau-2025"), new GrantId(PROPOSAL.value()), "2022.1")));
        return history;
    }

    private static TitleStandardsRegistered registered() {
        return new TitleStandardsRegistered(PLAN, REGISTRATION, Participant.collective(CD_TH_TAM_DUONG), TITLE, 2025,
                STANDARDS, "2022.1");
    }

    private static SelfAssessmentRecorded selfAssessed(Map<String, Integer> scores, int total) {
        return new SelfAssessmentRecorded(PLAN, REGISTRATION, TITLE, 2025, scores, total, null);
    }

    private static TitleCriteriaScored scored(Map<String, Integer> scores, int total) {
        return new TitleCriteriaScored(PROPOSAL, LAI_CHAU, PLAN, REGISTRATION, TITLE, 2025, scores, total, null);
    }

    private List<TitleAssessments.Assessment> titles(Viewer viewer) {
        return projection.handle(new TitleAssessmentsQuery(viewer, PLAN)).titles();
    }

    private static Viewer viewer(OrgUnitId unit) {
        return new Viewer(unit, false);
    }
}
