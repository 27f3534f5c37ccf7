package vn.thidua.command.campaign;

import static vn.thidua.api.RuleViolation.Kind.CONFLICT;
import static vn.thidua.api.RuleViolation.Kind.FORBIDDEN;
import static vn.thidua.api.award.AwardType.ADVANCED_COLLECTIVE;
import static vn.thidua.api.award.AwardType.CERTIFICATE_OF_MERIT;
import static vn.thidua.api.award.AwardType.CULTURAL_STANDARD_TITLE;
import static vn.thidua.api.orgunit.Level.COMMUNE;
import static vn.thidua.api.orgunit.Level.DISTRICT;
import static vn.thidua.command.testing.ActingFor.actingFor;
import static vn.thidua.command.testing.CulturalTitleScheme.SCHEMES;
import static vn.thidua.command.testing.CulturalTitleScheme.WITHOUT_INITIATIVE;
import static vn.thidua.command.testing.RuleViolations.violation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.ConcludeReview;
import vn.thidua.api.campaign.Criterion;
import vn.thidua.api.campaign.Nomination;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.ParticipantRegistered;
import vn.thidua.api.campaign.Period;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationEvaluated;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.campaign.ReviewKind;
import vn.thidua.api.campaign.ReviewOpened;
import vn.thidua.api.campaign.ScheduledReview;
import vn.thidua.api.campaign.Target;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.rules.RuleSetVersion;
import vn.thidua.api.title.RecordSelfAssessment;
import vn.thidua.api.title.RegisterTitleStandards;
import vn.thidua.api.title.SelfAssessmentRecorded;
import vn.thidua.api.title.StandardCommitment;
import vn.thidua.api.title.TitleStandardsRegistered;
import vn.thidua.command.rules.RuleSet;
import vn.thidua.command.rules.RuleSets;
import vn.thidua.command.testing.InMemoryUnitDirectory;

/**
 * Seed 004 in the school's plan: Trường THCS Thị trấn registers the standards of "Cơ quan đạt chuẩn văn hóa" for
 * 2021 at the start of the year and scores itself with its union at year end (T1); only then can its final
 * review name it for the title (C7). The scheme is {@code CulturalTitleScheme}: 100 points over three standards; the school takes on
 * every criterion but the initiative (1.2).
 */
class TitleStandardsTest {

    private static final OrgUnitId KBANG = new OrgUnitId("ubnd-huyen-kbang");
    private static final OrgUnitId THCS = new OrgUnitId("thcs-thi-tran");
    private static final CampaignId PLAN = new CampaignId("thcs-tt-vh-2021");
    private static final RegistrationId REG_THCS = new RegistrationId("dk-thcs-thi-tran");
    private static final ReviewId TONG_KET = new ReviewId("tong-ket-2021");
    private static final Participant SCHOOL = Participant.collective(THCS);
    private static final String RULES = "test";

    private static final List<StandardCommitment> ALL_BUT_INITIATIVE = List.of(
            new StandardCommitment("1", List.of("1.1")),
            new StandardCommitment("2", List.of("2.1")),
            new StandardCommitment("3", List.of("3.1")));

    private FixtureConfiguration<Campaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Campaign.class);
        fixture.registerInjectableResource(new InMemoryUnitDirectory()
                .add(KBANG, "UBND huyện Kbang", DISTRICT, null, Set.of(CERTIFICATE_OF_MERIT, CULTURAL_STANDARD_TITLE))
                .add(THCS, "Trường THCS Thị trấn", COMMUNE, KBANG, Set.of(CERTIFICATE_OF_MERIT)));
        fixture.registerInjectableResource(new InMemoryAchievementLedger());
        RuleSets rules = () -> new RuleSet(new RuleSetVersion(RULES), null, new FakeEligibilityRules(), null, null, SCHEMES);
        fixture.registerInjectableResource(rules);
    }

    // ---- T1: registering the standards

    @Test
    void T1_the_standards_registered_carry_the_criteria_taken_on_with_their_maxima() {
        fixture.given(launched(), registered())
                .when(register(ALL_BUT_INITIATIVE), actingFor(THCS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(standardsRegistered());
    }

    @Test
    void T1_only_a_title_with_a_scoring_scheme_registers_standards() {
        fixture.given(launched(), registered())
                .when(new RegisterTitleStandards(PLAN, REG_THCS, ADVANCED_COLLECTIVE, 2021, ALL_BUT_INITIATIVE),
                        actingFor(THCS))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("T1", CONFLICT, "ADVANCED_COLLECTIVE is not scored on criteria"));
    }

    @Test
    void T1_a_criterion_must_belong_to_its_standard() {
        List<StandardCommitment> misplaced = List.of(new StandardCommitment("1", List.of("1.1", "2.1")),
                new StandardCommitment("2", List.of("2.1")), new StandardCommitment("3", List.of("3.1")));

        fixture.given(launched(), registered())
                .when(register(misplaced), actingFor(THCS))
                .expectNoEvents()
                .expectException(violation("T1", CONFLICT, "criterion 2.1 is not a criterion of standard 1"));
    }

    @Test
    void T1_a_standard_must_be_in_the_scheme() {
        List<StandardCommitment> unknown = List.of(new StandardCommitment("4", List.of("4.1")));

        fixture.given(launched(), registered())
                .when(register(unknown), actingFor(THCS))
                .expectNoEvents()
                .expectException(violation("T1", CONFLICT, "standard 4 is not in the scheme"));
    }

    @Test
    void T1_every_standard_of_the_scheme_is_taken_on() {
        List<StandardCommitment> withoutThree = ALL_BUT_INITIATIVE.subList(0, 2);

        fixture.given(launched(), registered())
                .when(register(withoutThree), actingFor(THCS))
                .expectNoEvents()
                .expectException(violation("T1", CONFLICT, "standard 3 (Gương mẫu chấp hành"));
    }

    @Test
    void T1_standards_are_registered_once_per_title_and_year() {
        fixture.given(launched(), registered(), standardsRegistered())
                .when(register(ALL_BUT_INITIATIVE), actingFor(THCS))
                .expectNoEvents()
                .expectException(violation("T1", CONFLICT, "already registered the standards of CULTURAL_STANDARD_TITLE for 2021"));
    }

    @Test
    void T1_only_the_issuer_or_the_participant_registers() {
        fixture.given(launched(), registered())
                .when(register(ALL_BUT_INITIATIVE), actingFor(new OrgUnitId("ubnd-xa-lo-ku")))
                .expectNoEvents()
                .expectException(violation("T1", FORBIDDEN, "only users of " + THCS));
    }

    // ---- T1: self-scoring

    @Test
    void T1_self_assessment_is_recorded_with_its_total() {
        fixture.given(launched(), registered(), standardsRegistered())
                .when(selfAssess(Map.of("1.1", 28, "2.1", 27, "3.1", 28)), actingFor(THCS))
                .expectEvents(new SelfAssessmentRecorded(PLAN, REG_THCS, CULTURAL_STANDARD_TITLE, 2021,
                        Map.of("1.1", 28, "2.1", 27, "3.1", 28), 83, "Chấm cùng BCH CĐCS"));
    }

    @Test
    void T1_self_assessment_scores_only_registered_criteria() {
        fixture.given(launched(), registered(), standardsRegistered())
                .when(selfAssess(Map.of("1.1", 28, "1.2", 5)), actingFor(THCS))
                .expectNoEvents()
                .expectException(violation("T1", CONFLICT, "criterion 1.2 is not among the registered criteria"));
    }

    @Test
    void T1_self_assessment_stays_within_each_maximum() {
        fixture.given(launched(), registered(), standardsRegistered())
                .when(selfAssess(Map.of("1.1", 31)), actingFor(THCS))
                .expectNoEvents()
                .expectException(violation("T1", CONFLICT, "criterion 1.1 is scored 0 to 30, found 31"));
    }

    @Test
    void T1_self_assessment_needs_the_standards_registered() {
        fixture.given(launched(), registered())
                .when(selfAssess(Map.of("1.1", 28)), actingFor(THCS))
                .expectNoEvents()
                .expectException(violation("T1", CONFLICT, "registered no standards of CULTURAL_STANDARD_TITLE for 2021"));
    }

    // ---- C7: naming the school for the title

    @Test
    void C7_a_scored_title_is_named_only_after_the_unit_scored_itself() {
        fixture.given(launched(), registered(), standardsRegistered(), finalReviewOpened(), rated())
                .when(nameForTheTitle(), actingFor(THCS))
                .expectNoEvents()
                .expectException(violation("C7", CONFLICT, "the unit has not scored itself against its standards for 2021"));
    }

    @Test
    void C7_a_scored_title_is_named_only_with_standards_registered_for_the_year() {
        fixture.given(launched(), registered(), finalReviewOpened(), rated())
                .when(nameForTheTitle(), actingFor(THCS))
                .expectNoEvents()
                .expectException(violation("C7", CONFLICT, "no standards of CULTURAL_STANDARD_TITLE were registered for 2021"));
    }

    @Test
    void C7_registered_and_self_assessed_the_school_is_named_for_the_title() {
        fixture.given(launched(), registered(), standardsRegistered(), new SelfAssessmentRecorded(PLAN, REG_THCS,
                        CULTURAL_STANDARD_TITLE, 2021, Map.of("1.1", 28, "2.1", 27, "3.1", 28), 83, null),
                        finalReviewOpened(), rated())
                .when(nameForTheTitle(), actingFor(THCS))
                .expectSuccessfulHandlerExecution();
    }

    // ---- the history

    private static CampaignLaunched launched() {
        return new CampaignLaunched(PLAN, THCS, "15/KH-BVĐ", "Duy trì danh hiệu cơ quan đạt chuẩn văn hóa năm 2021",
                new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)), null,
                List.of(new Target(TargetKind.COLLECTIVE, "Cơ quan đạt chuẩn văn hóa",
                        List.of(new Criterion("VH", "Các tiêu chuẩn cơ quan đạt chuẩn văn hóa", null)))),
                List.of(new AwardPlanItem(CULTURAL_STANDARD_TITLE, TargetKind.COLLECTIVE, null)),
                List.of(new ScheduledReview(ReviewKind.PRELIMINARY, 2021, "Sơ kết 6 tháng"),
                        new ScheduledReview(ReviewKind.FINAL, 2021, "Tổng kết năm")),
                List.of("Hướng dẫn số 01/CV-BCĐ ngày 29/9/2020"));
    }

    private static ParticipantRegistered registered() {
        return new ParticipantRegistered(PLAN, REG_THCS, SCHOOL, List.of("Giữ vững danh hiệu cơ quan đạt chuẩn văn hóa"));
    }

    private static TitleStandardsRegistered standardsRegistered() {
        return new TitleStandardsRegistered(PLAN, REG_THCS, SCHOOL, CULTURAL_STANDARD_TITLE, 2021, WITHOUT_INITIATIVE, RULES);
    }

    private static ReviewOpened finalReviewOpened() {
        return new ReviewOpened(PLAN, TONG_KET, ReviewKind.FINAL, 2021, "Tổng kết năm 2021");
    }

    private static RegistrationEvaluated rated() {
        return new RegistrationEvaluated(PLAN, TONG_KET, REG_THCS, SCHOOL, 2021, Rating.EXCELLENT, Map.of(), null);
    }

    private static RegisterTitleStandards register(List<StandardCommitment> standards) {
        return new RegisterTitleStandards(PLAN, REG_THCS, CULTURAL_STANDARD_TITLE, 2021, standards);
    }

    private static RecordSelfAssessment selfAssess(Map<String, Integer> scores) {
        return new RecordSelfAssessment(PLAN, REG_THCS, CULTURAL_STANDARD_TITLE, 2021, scores, "Chấm cùng BCH CĐCS");
    }

    private static ConcludeReview nameForTheTitle() {
        return new ConcludeReview(PLAN, TONG_KET, List.of(new Nomination(REG_THCS, CULTURAL_STANDARD_TITLE, null, null)));
    }
}
