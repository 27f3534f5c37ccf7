package vn.thidua.command.proposal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static vn.thidua.api.RuleViolation.Kind.CONFLICT;
import static vn.thidua.api.RuleViolation.Kind.FORBIDDEN;
import static vn.thidua.api.award.AwardType.CERTIFICATE_OF_MERIT;
import static vn.thidua.api.award.AwardType.CULTURAL_STANDARD_TITLE;
import static vn.thidua.api.orgunit.Level.COMMUNE;
import static vn.thidua.api.orgunit.Level.DISTRICT;
import static vn.thidua.api.orgunit.Level.PROVINCE;
import static vn.thidua.api.proposal.DocumentKind.ACHIEVEMENT_REPORT;
import static vn.thidua.api.proposal.DocumentKind.COUNCIL_MINUTES;
import static vn.thidua.api.proposal.DocumentKind.SUBMISSION;
import static vn.thidua.command.testing.ActingFor.actingFor;
import static vn.thidua.command.testing.CulturalTitleScheme.NEP_SONG;
import static vn.thidua.command.testing.CulturalTitleScheme.SCHEMES;
import static vn.thidua.command.testing.CulturalTitleScheme.WITHOUT_INITIATIVE;
import static vn.thidua.command.testing.RuleViolations.violation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.UnitKind;
import vn.thidua.api.proposal.ApproveProposal;
import vn.thidua.api.proposal.CouncilVote;
import vn.thidua.api.proposal.DossierItem;
import vn.thidua.api.proposal.ProposalApproved;
import vn.thidua.api.proposal.ProposalId;
import vn.thidua.api.proposal.ProposalReturned;
import vn.thidua.api.proposal.ProposalSubmitted;
import vn.thidua.api.rules.RuleSetVersion;
import vn.thidua.api.title.ScoreTitleCriteria;
import vn.thidua.api.title.TitleCriteriaScored;
import vn.thidua.command.award.Decisions;
import vn.thidua.command.rules.RuleSet;
import vn.thidua.command.rules.RuleSets;
import vn.thidua.command.testing.InMemoryUnitDirectory;
import vn.thidua.command.title.TitleRegistrations;

/**
 * Seed 004 at the district: Trường THCS Thị trấn proposes "Cơ quan đạt chuẩn văn hóa" for 2021 to UBND huyện
 * Kbang, whose steering committee scores the criteria the school registered (T1, T2) and recognises the title only
 * on a pass (T3). The school took on every criterion of {@code CulturalTitleScheme} but the initiative (1.2).
 */
class TitleScoringTest {

    private static final OrgUnitId GIA_LAI = new OrgUnitId("ubnd-tinh-gia-lai");
    private static final OrgUnitId KBANG = new OrgUnitId("ubnd-huyen-kbang");
    /** A district office above a second school, without the authority to recognise the title. */
    private static final OrgUnitId PHONG_GD = new OrgUnitId("phong-gd-kbang");
    private static final OrgUnitId THCS = new OrgUnitId("thcs-thi-tran");
    private static final Participant SCHOOL = Participant.collective(THCS);

    private static final CampaignId PLAN = new CampaignId("thcs-tt-vh-2021");
    private static final ReviewId TONG_KET = new ReviewId("tong-ket-2021");
    private static final RegistrationId REG_THCS = new RegistrationId("dk-thcs-thi-tran");
    private static final ProposalId TITLE = new ProposalId("de-nghi-cqvh-thcs-2021");
    private static final DecisionId KBANG_DECISION = new DecisionId("qd-kbang-cqvh-2021");
    private static final String RULES_VERSION = "test";

    private static final List<DossierItem> DOSSIER = List.of(new DossierItem(SUBMISSION, "Tờ trình số 05/TTr-THCS"),
            new DossierItem(ACHIEVEMENT_REPORT, "Báo cáo kết quả xây dựng cơ quan văn hóa năm 2021"),
            new DossierItem(COUNCIL_MINUTES, "Biên bản chấm điểm của Ban vận động và BCH CĐCS"));
    private static final CouncilVote MAJORITY = new CouncilVote(7, 7, 9, false);
    /** When the stay at the recognising body ends; scoring and approval do not look at it. */
    private static final Instant DUE = Instant.parse("2022-01-14T17:00:00Z");
    private static final DossierRules DOSSIER_RULES = new DossierRules(Set.of(CULTURAL_STANDARD_TITLE),
            Set.of(SUBMISSION, ACHIEVEMENT_REPORT, COUNCIL_MINUTES), Set.of(SUBMISSION, ACHIEVEMENT_REPORT, COUNCIL_MINUTES),
            new DossierRules.Council(new DossierRules.Threshold(50, true, false), Map.of()));

    /** 28 + 27 + 28 = 83: every standard above its minimum, the total above 80. */
    private static final Map<String, Integer> PASSING = Map.of("1.1", 28, "2.1", 27, "3.1", 28);

    private FixtureConfiguration<AwardProposal> fixture;
    private Decisions decisions;

    @BeforeEach
    void setUp() {
        InMemoryUnitDirectory units = new InMemoryUnitDirectory()
                .add(GIA_LAI, "UBND tỉnh Gia Lai", PROVINCE, null, Set.of())
                .add(KBANG, "UBND huyện Kbang", DISTRICT, GIA_LAI, Set.of(CERTIFICATE_OF_MERIT, CULTURAL_STANDARD_TITLE))
                .add(PHONG_GD, "Phòng Giáo dục và Đào tạo huyện Kbang", "PGDĐT", DISTRICT, UnitKind.DEPARTMENT,
                        GIA_LAI, Set.of(CERTIFICATE_OF_MERIT))
                .add(THCS, "Trường THCS Thị trấn", COMMUNE, KBANG, Set.of(CERTIFICATE_OF_MERIT));
        InMemoryNomineeDirectory nominees = new InMemoryNomineeDirectory().add(new NomineeDirectory.Entry(PLAN,
                TONG_KET, REG_THCS, SCHOOL, CULTURAL_STANDARD_TITLE, Rating.EXCELLENT, 2021, false, false));
        TitleRegistrations titles = (campaign, registration, type, year) ->
                campaign.equals(PLAN) && registration.equals(REG_THCS) && type == CULTURAL_STANDARD_TITLE && year == 2021
                        ? Optional.of(WITHOUT_INITIATIVE) : Optional.empty();
        RuleSets rules = () -> new RuleSet(new RuleSetVersion(RULES_VERSION), null, null, DOSSIER_RULES, null, SCHEMES);
        decisions = mock(Decisions.class);

        fixture = new AggregateTestFixture<>(AwardProposal.class);
        fixture.registerInjectableResource(units);
        fixture.registerInjectableResource(nominees);
        fixture.registerInjectableResource(titles);
        fixture.registerAnnotatedCommandHandler(new ProposalApproval(fixture.getRepository(), decisions, nominees, units,
                rules, mock(DeadlineManager.class)));
    }

    // ---- T2: who scores, and when

    @Test
    void T2_the_recognising_body_scores_the_proposal_pending_at_it() {
        fixture.given(submittedTo(KBANG))
                .when(score(PASSING), actingFor(KBANG))
                .expectSuccessfulHandlerExecution()
                .expectEvents(scored(PASSING, 83));
    }

    @Test
    void T2_only_the_unit_it_is_pending_at_scores() {
        fixture.given(submittedTo(KBANG))
                .when(score(PASSING), actingFor(GIA_LAI))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("T2", FORBIDDEN, "only the unit it is pending at, " + KBANG));
    }

    @Test
    void T2_only_a_unit_with_authority_for_the_title_scores() {
        fixture.given(submittedTo(PHONG_GD))
                .when(score(PASSING), actingFor(PHONG_GD))
                .expectNoEvents()
                .expectException(violation("T2", CONFLICT, PHONG_GD + " does not recognise CULTURAL_STANDARD_TITLE"));
    }

    @Test
    void T2_a_returned_proposal_is_not_scored() {
        fixture.given(submittedTo(KBANG), new ProposalReturned(TITLE, KBANG, THCS, "Thiếu biên bản chấm điểm",
                        List.of("Biên bản chấm điểm")))
                .when(score(PASSING), actingFor(KBANG))
                .expectNoEvents()
                .expectException(violation("T2", CONFLICT, "only while the proposal is pending"));
    }

    // ---- T1: against what

    @Test
    void T1_the_recognising_body_scores_only_the_registered_criteria() {
        fixture.given(submittedTo(KBANG))
                .when(score(Map.of("1.1", 28, "1.2", 8)), actingFor(KBANG))
                .expectNoEvents()
                .expectException(violation("T1", CONFLICT, "criterion 1.2 is not among the registered criteria [1.1, 2.1, 3.1]"));
    }

    @Test
    void T1_the_recognising_body_scores_within_each_maximum() {
        fixture.given(submittedTo(KBANG))
                .when(score(Map.of("2.1", -1)), actingFor(KBANG))
                .expectNoEvents()
                .expectException(violation("T1", CONFLICT, "criterion 2.1 is scored 0 to 30, found -1"));
    }

    // ---- T3: recognition

    @Test
    void T3_a_pass_is_recognised_by_the_approval() {
        fixture.given(submittedTo(KBANG), scored(PASSING, 83))
                .when(approve(), actingFor(KBANG))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProposalApproved(TITLE, KBANG, MAJORITY, KBANG_DECISION, new GrantId(TITLE.value()),
                        RULES_VERSION));
        verify(decisions, never()).requireEligible(any(), any(), any());
    }

    @Test
    void T3_a_standard_below_its_minimum_refuses_recognition_and_is_named() {
        Map<String, Integer> weakStandardTwo = Map.of("1.1", 30, "2.1", 15, "3.1", 30);

        fixture.given(submittedTo(KBANG), scored(weakStandardTwo, 75))
                .when(approve(), actingFor(KBANG))
                .expectNoEvents()
                .expectException(violation("T3", CONFLICT,
                        "standard 2 (" + NEP_SONG + ") scored 15 of 30, needs at least 20"));
    }

    @Test
    void T3_a_total_below_the_pass_refuses_recognition() {
        Map<String, Integer> everyStandardJustEnough = Map.of("1.1", 26, "2.1", 26, "3.1", 26);

        fixture.given(submittedTo(KBANG), scored(everyStandardJustEnough, 78))
                .when(approve(), actingFor(KBANG))
                .expectNoEvents()
                .expectException(violation("T3", CONFLICT, "the total scored 78 of 100, needs at least 80"));
    }

    @Test
    void T3_no_recognition_without_the_recognising_body_scores() {
        fixture.given(submittedTo(KBANG))
                .when(approve(), actingFor(KBANG))
                .expectNoEvents()
                .expectException(violation("T3", CONFLICT, "recognised on the recognising body's scores"));
    }

    private static ProposalSubmitted submittedTo(OrgUnitId unit) {
        return new ProposalSubmitted(TITLE, PLAN, TONG_KET, REG_THCS, SCHOOL, "EDUCATION", CULTURAL_STANDARD_TITLE, THCS,
                unit, false, DOSSIER, MAJORITY, DUE);
    }

    private static ScoreTitleCriteria score(Map<String, Integer> scores) {
        return new ScoreTitleCriteria(TITLE, scores, "Ban chỉ đạo huyện chấm ngày 20/12/2021");
    }

    private static TitleCriteriaScored scored(Map<String, Integer> scores, int total) {
        return new TitleCriteriaScored(TITLE, KBANG, PLAN, REG_THCS, CULTURAL_STANDARD_TITLE, 2021, new java.util.TreeMap<>(scores),
                total, "Ban chỉ đạo huyện chấm ngày 20/12/2021");
    }

    private static ApproveProposal approve() {
        return new ApproveProposal(TITLE, KBANG_DECISION, MAJORITY);
    }
}
