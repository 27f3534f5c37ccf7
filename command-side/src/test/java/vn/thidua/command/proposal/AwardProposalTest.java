package vn.thidua.command.proposal;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static vn.thidua.api.RuleViolation.Kind.CONFLICT;
import static vn.thidua.api.RuleViolation.Kind.FORBIDDEN;
import static vn.thidua.api.award.AwardType.ADVANCED_COLLECTIVE;
import static vn.thidua.api.award.AwardType.ADVANCED_WORKER;
import static vn.thidua.api.award.AwardType.CERTIFICATE_OF_MERIT;
import static vn.thidua.api.award.AwardType.CULTURAL_STANDARD_TITLE;
import static vn.thidua.api.award.AwardType.EMULATION_FLAG;
import static vn.thidua.api.award.AwardType.EXCELLENT_COLLECTIVE;
import static vn.thidua.api.award.AwardType.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.api.award.AwardType.MINISTERIAL_OR_PROVINCIAL_COMMENDATION;
import static vn.thidua.api.award.AwardType.PROVINCIAL_EMULATION_FIGHTER;
import static vn.thidua.api.campaign.Rating.EXCELLENT;
import static vn.thidua.api.campaign.Rating.GOOD;
import static vn.thidua.api.orgunit.Level.COMMUNE;
import static vn.thidua.api.orgunit.Level.DISTRICT;
import static vn.thidua.api.orgunit.Level.MINISTRY;
import static vn.thidua.api.orgunit.Level.PROVINCE;
import static vn.thidua.api.proposal.DocumentKind.ACHIEVEMENT_REPORT;
import static vn.thidua.api.proposal.DocumentKind.COUNCIL_MINUTES;
import static vn.thidua.api.proposal.DocumentKind.INITIATIVE_CERTIFICATE;
import static vn.thidua.api.proposal.DocumentKind.SUBMISSION;
import static vn.thidua.command.testing.ActingFor.actingFor;
import static vn.thidua.command.testing.RuleViolations.violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignState;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Period;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.UnitKind;
import vn.thidua.api.person.PersonId;
import vn.thidua.api.proposal.ApproveProposal;
import vn.thidua.api.proposal.CouncilVote;
import vn.thidua.api.proposal.DossierItem;
import vn.thidua.api.proposal.ForwardProposal;
import vn.thidua.api.proposal.ProposalApproved;
import vn.thidua.api.proposal.ProposalForwarded;
import vn.thidua.api.proposal.ProposalId;
import vn.thidua.api.proposal.ProposalOverdue;
import vn.thidua.api.proposal.ProposalRejected;
import vn.thidua.api.proposal.ProposalResubmitted;
import vn.thidua.api.proposal.ProposalReturned;
import vn.thidua.api.proposal.ProposalState;
import vn.thidua.api.proposal.ProposalStatus;
import vn.thidua.api.proposal.ProposalSubmitted;
import vn.thidua.api.proposal.ProposalWithdrawn;
import vn.thidua.api.proposal.RejectProposal;
import vn.thidua.api.proposal.ResubmitProposal;
import vn.thidua.api.proposal.ReturnProposal;
import vn.thidua.api.proposal.SubmitProposal;
import vn.thidua.api.proposal.WithdrawProposal;
import vn.thidua.command.award.Decisions;
import vn.thidua.command.campaign.CampaignDirectory;
import vn.thidua.command.testing.InMemoryCampaignDirectory;
import vn.thidua.command.testing.InMemoryPersonDirectory;
import vn.thidua.command.testing.InMemoryUnitDirectory;
import vn.thidua.api.rules.RuleSetVersion;
import vn.thidua.command.rules.RuleSets;
import vn.thidua.command.rules.RuleSet;
import vn.thidua.command.title.TitleSchemes;

/**
 * P1-P5 and P7 on the {@link AwardProposal} aggregate, up the sector line of seed 001: Trung tâm GDNN Vị Xuyên →
 * Phòng LĐTBXH Vị Xuyên → Sở LĐTBXH Hà Giang → Bộ LĐTBXH, over in-memory directories. Approval runs through
 * {@link ProposalApproval} on the fixture's repository, with the decision service ({@link Decisions}: eligibility,
 * quota, numbering) as a mock; those are tested on their own and end to end over HTTP.
 */
class AwardProposalTest {

    // ---- the hierarchy (seed 001, sector line)

    private static final OrgUnitId BO = new OrgUnitId("bo-ldtbxh");
    private static final OrgUnitId SO_HA_GIANG = new OrgUnitId("so-ldtbxh-ha-giang");
    /** Where Vị Xuyên is re-parented to in P3 (Hà Giang joined Tuyên Quang in 2025). */
    private static final OrgUnitId SO_TUYEN_QUANG = new OrgUnitId("so-ldtbxh-tuyen-quang");
    private static final OrgUnitId VI_XUYEN = new OrgUnitId("phong-ldtbxh-vi-xuyen");
    /** The sibling district office. */
    private static final OrgUnitId BAC_QUANG = new OrgUnitId("phong-ldtbxh-bac-quang");
    /** The proposer: a commune-level unit under Vị Xuyên that decides only Giấy khen and Lao động tiên tiến. */
    private static final OrgUnitId TRUNG_TAM = new OrgUnitId("trung-tam-gdnn-vi-xuyen");
    private static final String EDUCATION = "EDUCATION";

    private static final Set<AwardType> MINISTRY_AUTHORITY = Set.of(MINISTERIAL_OR_PROVINCIAL_COMMENDATION,
            EMULATION_FLAG, EXCELLENT_COLLECTIVE, PROVINCIAL_EMULATION_FIGHTER);
    private static final Set<AwardType> DEPARTMENT_AUTHORITY = Set.of(CERTIFICATE_OF_MERIT, ADVANCED_WORKER,
            ADVANCED_COLLECTIVE, GRASSROOTS_EMULATION_FIGHTER);
    private static final Set<AwardType> GRASSROOTS_AUTHORITY = Set.of(CERTIFICATE_OF_MERIT, ADVANCED_WORKER);

    private static final PersonId HOA = new PersonId("nguyen-thi-hoa");
    private static final PersonId TUAN = new PersonId("lo-van-tuan");
    private static final Participant HOA_OF_TRUNG_TAM = Participant.individual(HOA, TRUNG_TAM);
    private static final Participant TUAN_OF_TRUNG_TAM = Participant.individual(TUAN, TRUNG_TAM);

    // ---- the plans, the review and its nominees

    private static final CampaignId VI_XUYEN_PLAN = new CampaignId("vx-2022");
    private static final CampaignId TRUNG_TAM_PLAN = new CampaignId("tt-gdnn-vx-2022");
    private static final ReviewId TONG_KET = new ReviewId("tong-ket-2025");
    /** A review of the plan that named nobody. */
    private static final ReviewId SO_KET = new ReviewId("so-ket-2023");
    private static final RegistrationId REG_HOA = new RegistrationId("dk-nguyen-thi-hoa");
    /** Tuấn was rated GOOD and became a grassroots fighter through a recognised initiative. */
    private static final RegistrationId REG_TUAN = new RegistrationId("dk-lo-van-tuan");

    // ---- the proposals

    /** Chiến sĩ thi đua cơ sở for Hoa: Vị Xuyên decides it. */
    private static final ProposalId FIGHTER = new ProposalId("de-xuat-cstdcs-hoa");
    /** Bằng khen of the Ministry for Hoa: Vị Xuyên and the Sở forward it, the Ministry decides it. */
    private static final ProposalId BANG_KHEN = new ProposalId("de-xuat-bang-khen-hoa");
    private static final DecisionId VI_XUYEN_DECISION = new DecisionId("qd-vx-2025-1");
    private static final String RULES_VERSION = "2025.1";

    private static final DossierItem TO_TRINH = new DossierItem(SUBMISSION, "Tờ trình số 12/TTr-TTGDNN ngày 16/12/2025");
    private static final DossierItem BAO_CAO = new DossierItem(ACHIEVEMENT_REPORT, "Báo cáo thành tích của bà Nguyễn Thị Hoa");
    private static final DossierItem BIEN_BAN = new DossierItem(COUNCIL_MINUTES,
            "Biên bản họp Hội đồng Thi đua - Khen thưởng ngày 15/12/2025");
    private static final DossierItem SANG_KIEN = new DossierItem(INITIATIVE_CERTIFICATE,
            "Giấy chứng nhận sáng kiến số 05/GCN-TTGDNN");
    private static final List<DossierItem> DOSSIER = List.of(TO_TRINH, BAO_CAO, BIEN_BAN);

    /** 7 of 13 members: more than half of all members. */
    private static final CouncilVote MAJORITY = new CouncilVote(7, 7, 13, false);
    /** 6 of the 7 present, but only 6 of all 13 members. */
    private static final CouncilVote SIX_OF_THIRTEEN = new CouncilVote(6, 7, 13, false);
    /** 12 of 13 by secret ballot: 92 %, enough for the provincial emulation fighter. */
    private static final CouncilVote SECRET_TWELVE_OF_THIRTEEN = new CouncilVote(12, 13, 13, true);

    /** The {@code dossier} section of the default rule set. */
    private static final DossierRules DOSSIER_RULES = new DossierRules(
            Set.of(ADVANCED_WORKER, ADVANCED_COLLECTIVE, GRASSROOTS_EMULATION_FIGHTER, PROVINCIAL_EMULATION_FIGHTER,
                    EXCELLENT_COLLECTIVE, EMULATION_FLAG, CULTURAL_STANDARD_TITLE),
            Set.of(SUBMISSION, ACHIEVEMENT_REPORT, COUNCIL_MINUTES),
            Set.of(SUBMISSION, ACHIEVEMENT_REPORT, COUNCIL_MINUTES),
            new DossierRules.Council(new DossierRules.Threshold(50, true, false),
                    Map.of(PROVINCIAL_EMULATION_FIGHTER, new DossierRules.Threshold(90, false, true))));

    /** The default limits; no holiday falls in the weeks these tests use. */
    private static final TimeLimits TIME_LIMITS = new TimeLimits(
            Map.of(Level.COMMUNE, 20, Level.DISTRICT, 20, Level.PROVINCE, 25, Level.MINISTRY, 25, Level.NATIONAL, 20),
            List.of());
    /** Only the dossier and time limits matter to the proposal; eligibility is the decision service's (mocked). */
    private static final RuleSet RULES = new RuleSet(new RuleSetVersion(RULES_VERSION), null, null, DOSSIER_RULES,
            TIME_LIMITS, TitleSchemes.NONE);
    /** Friday 3 October 2025, 9:00 in Vietnam. */
    private static final Instant FRIDAY_MORNING = Instant.parse("2025-10-03T02:00:00Z");
    /** 20 working days from the Friday above at the district: the end of Friday 31 October. */
    private static final Instant DISTRICT_DUE = Instant.parse("2025-10-31T17:00:00Z");
    /** 25 working days from the same Friday at a province: the end of Friday 7 November. */
    private static final Instant PROVINCE_DUE = Instant.parse("2025-11-07T17:00:00Z");
    /** Friday 29 August 2025, 9:00 in Vietnam, before the National Day holidays of Monday 1 and Tuesday 2 September. */
    private static final Instant BEFORE_NATIONAL_DAY = Instant.parse("2025-08-29T02:00:00Z");

    private FixtureConfiguration<AwardProposal> fixture;
    private RuleSet inForce = RULES;
    private InMemoryUnitDirectory units;
    private InMemoryNomineeClaims claims;
    private Decisions decisions;

    @BeforeEach
    void setUp() {
        units = new InMemoryUnitDirectory()
                .add(BO, "Bộ Lao động - Thương binh và Xã hội", "LĐTBXH", MINISTRY, UnitKind.MINISTRY, null, null,
                        MINISTRY_AUTHORITY)
                .add(SO_HA_GIANG, "Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang", "SLĐTBXH", PROVINCE,
                        UnitKind.DEPARTMENT, null, BO, DEPARTMENT_AUTHORITY)
                .add(SO_TUYEN_QUANG, "Sở Lao động - Thương binh và Xã hội tỉnh Tuyên Quang", "SLĐTBXH", PROVINCE,
                        UnitKind.DEPARTMENT, null, BO, DEPARTMENT_AUTHORITY)
                .add(VI_XUYEN, "Phòng Lao động - Thương binh và Xã hội huyện Vị Xuyên", "LĐTBXH", DISTRICT,
                        UnitKind.DEPARTMENT, null, SO_HA_GIANG, DEPARTMENT_AUTHORITY)
                .add(BAC_QUANG, "Phòng Lao động - Thương binh và Xã hội huyện Bắc Quang", "LĐTBXH", DISTRICT,
                        UnitKind.DEPARTMENT, null, SO_HA_GIANG, DEPARTMENT_AUTHORITY)
                .add(TRUNG_TAM, "Trung tâm Giáo dục nghề nghiệp huyện Vị Xuyên", "TTGDNN", COMMUNE,
                        UnitKind.ORGANISATION, EDUCATION, VI_XUYEN, GRASSROOTS_AUTHORITY);
        InMemoryPersonDirectory persons = new InMemoryPersonDirectory()
                .add(HOA, "Nguyễn Thị Hoa", TRUNG_TAM)
                .add(TUAN, "Lò Văn Tuấn", TRUNG_TAM);
        InMemoryCampaignDirectory campaigns = new InMemoryCampaignDirectory()
                .add(new CampaignDirectory.Entry(VI_XUYEN_PLAN, VI_XUYEN, "03/KH-LĐTBXH", CampaignState.Status.LAUNCHED,
                        new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)), null))
                .add(new CampaignDirectory.Entry(TRUNG_TAM_PLAN, TRUNG_TAM, "07/KH-TTGDNN", CampaignState.Status.LAUNCHED,
                        new Period(LocalDate.of(2022, 3, 1), LocalDate.of(2025, 12, 31)), VI_XUYEN_PLAN));
        InMemoryNomineeDirectory nominees = new InMemoryNomineeDirectory()
                .add(nominee(REG_HOA, HOA_OF_TRUNG_TAM, GRASSROOTS_EMULATION_FIGHTER, false))
                .add(nominee(REG_HOA, HOA_OF_TRUNG_TAM, MINISTERIAL_OR_PROVINCIAL_COMMENDATION, false))
                .add(nominee(REG_HOA, HOA_OF_TRUNG_TAM, PROVINCIAL_EMULATION_FIGHTER, false))
                .add(nominee(REG_HOA, HOA_OF_TRUNG_TAM, ADVANCED_WORKER, false))
                .add(new NomineeDirectory.Entry(TRUNG_TAM_PLAN, TONG_KET, REG_TUAN, TUAN_OF_TRUNG_TAM,
                        GRASSROOTS_EMULATION_FIGHTER, GOOD, 2025, true, false));
        claims = new InMemoryNomineeClaims();
        decisions = mock(Decisions.class);

        fixture = new AggregateTestFixture<>(AwardProposal.class);
        fixture.registerInjectableResource(nominees);
        fixture.registerInjectableResource(claims);
        fixture.registerInjectableResource(campaigns);
        fixture.registerInjectableResource(units);
        fixture.registerInjectableResource(persons);
        RuleSets rules = () -> inForce;
        fixture.registerInjectableResource(rules);
        fixture.registerAnnotatedCommandHandler(new ProposalApproval(fixture.getRepository(), decisions, nominees, units,
                rules, mock(DeadlineManager.class)));
        // Every arrival below happens on this Friday morning unless a test says otherwise, so its due date is known.
        fixture.givenCurrentTime(FRIDAY_MORNING);
    }

    // ---- P6: time limits

    @Test
    void P6_a_stay_at_the_district_is_limited_to_twenty_working_days() {
        fixture.givenCurrentTime(FRIDAY_MORNING)
                .when(submit(FIGHTER, REG_HOA, GRASSROOTS_EMULATION_FIGHTER), actingFor(TRUNG_TAM))
                .expectScheduledDeadlineWithName(DISTRICT_DUE, AwardProposal.timeLimitOf(FIGHTER));
    }

    @Test
    void P6_the_submission_records_the_due_date_its_time_limit_is_scheduled_for() {
        fixture.givenCurrentTime(FRIDAY_MORNING)
                .when(submit(FIGHTER, REG_HOA, GRASSROOTS_EMULATION_FIGHTER), actingFor(TRUNG_TAM))
                .expectEvents(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER))
                .expectScheduledDeadline(DISTRICT_DUE, new AwardProposal.HopTimeLimit(VI_XUYEN, 1, 20, DISTRICT_DUE));
    }

    @Test
    void P6_holidays_of_the_rule_set_in_force_move_the_recorded_due_date() {
        inForce = new RuleSet(new RuleSetVersion(RULES_VERSION), null, null, DOSSIER_RULES, new TimeLimits(
                TIME_LIMITS.workingDays(), List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2))), TitleSchemes.NONE);
        // 20 working days from Friday 29 August end on Friday 26 September; the two holidays push it to Tuesday 30.
        Instant dueAfterTheHolidays = Instant.parse("2025-09-30T17:00:00Z");

        fixture.givenCurrentTime(BEFORE_NATIONAL_DAY)
                .when(submit(FIGHTER, REG_HOA, GRASSROOTS_EMULATION_FIGHTER), actingFor(TRUNG_TAM))
                .expectEvents(new ProposalSubmitted(FIGHTER, TRUNG_TAM_PLAN, TONG_KET, REG_HOA, HOA_OF_TRUNG_TAM, EDUCATION,
                        GRASSROOTS_EMULATION_FIGHTER, TRUNG_TAM, VI_XUYEN, false, DOSSIER, MAJORITY, dueAfterTheHolidays))
                .expectScheduledDeadlineWithName(dueAfterTheHolidays, AwardProposal.timeLimitOf(FIGHTER));
    }

    @Test
    void P6_a_forward_records_the_due_date_of_the_level_it_arrives_at() {
        fixture.given(submitted(BANG_KHEN, MINISTERIAL_OR_PROVINCIAL_COMMENDATION))
                .when(new ForwardProposal(BANG_KHEN, MAJORITY, null), actingFor(VI_XUYEN))
                .expectEvents(forwarded(BANG_KHEN, VI_XUYEN, SO_HA_GIANG))
                .expectScheduledDeadline(PROVINCE_DUE, new AwardProposal.HopTimeLimit(SO_HA_GIANG, 2, 25, PROVINCE_DUE));
    }

    @Test
    void P6_a_proposal_still_pending_past_its_limit_is_overdue() {
        fixture.givenCurrentTime(FRIDAY_MORNING)
                .andGivenCommands(asCommandMessage(submit(FIGHTER, REG_HOA, GRASSROOTS_EMULATION_FIGHTER))
                        .andMetaData(actingFor(TRUNG_TAM)))
                .whenThenTimeAdvancesTo(DISTRICT_DUE)
                .expectDeadlinesMet(new AwardProposal.HopTimeLimit(VI_XUYEN, 1, 20, DISTRICT_DUE))
                .expectEvents(new ProposalOverdue(FIGHTER, VI_XUYEN, 20, DISTRICT_DUE));
    }

    @Test
    void P6_a_proposal_is_not_overdue_a_moment_before_its_limit() {
        fixture.givenCurrentTime(FRIDAY_MORNING)
                .andGivenCommands(asCommandMessage(submit(FIGHTER, REG_HOA, GRASSROOTS_EMULATION_FIGHTER))
                        .andMetaData(actingFor(TRUNG_TAM)))
                .whenThenTimeAdvancesTo(DISTRICT_DUE.minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void P6_acting_in_time_ends_the_limit_of_that_stay() {
        fixture.givenCurrentTime(FRIDAY_MORNING)
                .andGivenCommands(asCommandMessage(submit(FIGHTER, REG_HOA, GRASSROOTS_EMULATION_FIGHTER))
                                .andMetaData(actingFor(TRUNG_TAM)),
                        asCommandMessage(new RejectProposal(FIGHTER, "Không đủ tiêu chuẩn")).andMetaData(actingFor(VI_XUYEN)))
                .whenThenTimeAdvancesTo(DISTRICT_DUE.plusSeconds(60))
                .expectNoScheduledDeadlines()
                .expectNoEvents();
    }

    // ---- P1: submitting

    @Test
    void P1_submit_is_an_event_pending_at_the_parent() {
        fixture.givenNoPriorActivity()
                .when(submit(FIGHTER, REG_HOA, GRASSROOTS_EMULATION_FIGHTER), actingFor(TRUNG_TAM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER));
    }

    @Test
    void P1_only_for_an_award_the_proposer_does_not_decide() {
        fixture.givenNoPriorActivity()
                .when(submit(FIGHTER, REG_HOA, ADVANCED_WORKER), actingFor(TRUNG_TAM))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P1", CONFLICT, TRUNG_TAM + " decides ADVANCED_WORKER itself"));
    }

    @Test
    void P1_nominee_must_come_from_a_concluded_review() {
        SubmitProposal notNamed = new SubmitProposal(FIGHTER, TRUNG_TAM_PLAN, SO_KET, REG_HOA,
                GRASSROOTS_EMULATION_FIGHTER, DOSSIER, MAJORITY);

        fixture.givenNoPriorActivity()
                .when(notNamed, actingFor(TRUNG_TAM))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P1", CONFLICT, "registration " + REG_HOA
                        + " was not named for GRASSROOTS_EMULATION_FIGHTER when review " + SO_KET));
    }

    @Test
    void P1_missing_documents_are_named() {
        SubmitProposal onlyTheSubmission = new SubmitProposal(FIGHTER, TRUNG_TAM_PLAN, TONG_KET, REG_HOA,
                GRASSROOTS_EMULATION_FIGHTER, List.of(TO_TRINH), MAJORITY);

        fixture.givenNoPriorActivity()
                .when(onlyTheSubmission, actingFor(TRUNG_TAM))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P1", CONFLICT,
                        "the dossier for GRASSROOTS_EMULATION_FIGHTER lacks [ACHIEVEMENT_REPORT, COUNCIL_MINUTES]"));
    }

    @Test
    void P1_initiative_certificate_required_when_the_route_used_an_initiative() {
        fixture.givenNoPriorActivity()
                .when(submit(FIGHTER, REG_TUAN, GRASSROOTS_EMULATION_FIGHTER), actingFor(TRUNG_TAM))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P1", CONFLICT,
                        "the dossier for GRASSROOTS_EMULATION_FIGHTER lacks [INITIATIVE_CERTIFICATE]"));
    }

    @Test
    void P1_initiative_certificate_completes_the_dossier_of_an_initiative_route() {
        List<DossierItem> withCertificate = List.of(TO_TRINH, BAO_CAO, BIEN_BAN, SANG_KIEN);

        fixture.givenNoPriorActivity()
                .when(new SubmitProposal(FIGHTER, TRUNG_TAM_PLAN, TONG_KET, REG_TUAN, GRASSROOTS_EMULATION_FIGHTER,
                        withCertificate, MAJORITY), actingFor(TRUNG_TAM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProposalSubmitted(FIGHTER, TRUNG_TAM_PLAN, TONG_KET, REG_TUAN, TUAN_OF_TRUNG_TAM,
                        EDUCATION, GRASSROOTS_EMULATION_FIGHTER, TRUNG_TAM, VI_XUYEN, true, withCertificate, MAJORITY,
                        DISTRICT_DUE));
    }

    @Test
    void P1_vote_share_is_over_all_members_not_those_present() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposal(FIGHTER, TRUNG_TAM_PLAN, TONG_KET, REG_HOA, GRASSROOTS_EMULATION_FIGHTER,
                        DOSSIER, SIX_OF_THIRTEEN), actingFor(TRUNG_TAM))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P1", CONFLICT, "needs more than 50% of all council members, found 6 of 13"));
    }

    static Stream<Arguments> provincialFighterVotes() {
        return Stream.of(
                Arguments.of(new CouncilVote(13, 13, 13, false), "needs a secret ballot, found an open vote"),
                Arguments.of(new CouncilVote(11, 13, 13, true),
                        "needs at least 90% of all council members by secret ballot, found 11 of 13"),
                Arguments.of(new CouncilVote(11, 11, 13, true),
                        "needs at least 90% of all council members by secret ballot, found 11 of 13"));
    }

    @ParameterizedTest
    @MethodSource("provincialFighterVotes")
    void P1_provincial_fighter_needs_ninety_percent_by_secret_ballot(CouncilVote vote, String detail) {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposal(FIGHTER, TRUNG_TAM_PLAN, TONG_KET, REG_HOA, PROVINCIAL_EMULATION_FIGHTER,
                        DOSSIER, vote), actingFor(TRUNG_TAM))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P1", CONFLICT, "PROVINCIAL_EMULATION_FIGHTER " + detail));
    }

    @Test
    void P1_provincial_fighter_with_ninety_percent_by_secret_ballot_is_submitted() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposal(FIGHTER, TRUNG_TAM_PLAN, TONG_KET, REG_HOA, PROVINCIAL_EMULATION_FIGHTER,
                        DOSSIER, SECRET_TWELVE_OF_THIRTEEN), actingFor(TRUNG_TAM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProposalSubmitted(FIGHTER, TRUNG_TAM_PLAN, TONG_KET, REG_HOA, HOA_OF_TRUNG_TAM,
                        EDUCATION, PROVINCIAL_EMULATION_FIGHTER, TRUNG_TAM, VI_XUYEN, false, DOSSIER,
                        SECRET_TWELVE_OF_THIRTEEN, DISTRICT_DUE));
    }

    @Test
    void P1_only_the_proposing_unit_submits() {
        fixture.givenNoPriorActivity()
                .when(submit(FIGHTER, REG_HOA, GRASSROOTS_EMULATION_FIGHTER), actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P1", FORBIDDEN, "only " + TRUNG_TAM + ", whose review named the nominee, proposes"));
    }

    // ---- P2: only the unit it is pending at acts

    static Stream<Arguments> actionsByOtherUnits() {
        List<Arguments> arguments = new ArrayList<>();
        for (OrgUnitId other : List.of(TRUNG_TAM, BAC_QUANG, SO_HA_GIANG)) {
            arguments.add(Arguments.of(new ForwardProposal(FIGHTER, MAJORITY, null), other));
            arguments.add(Arguments.of(new ReturnProposal(FIGHTER, "Thiếu minh chứng", List.of("Báo cáo thành tích")), other));
            arguments.add(Arguments.of(new RejectProposal(FIGHTER, "Không đủ tiêu chuẩn"), other));
            arguments.add(Arguments.of(new ApproveProposal(FIGHTER, VI_XUYEN_DECISION, MAJORITY), other));
        }
        return arguments.stream();
    }

    @ParameterizedTest
    @MethodSource("actionsByOtherUnits")
    void P2_only_the_pending_unit_acts(Object command, OrgUnitId actor) {
        fixture.given(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER))
                .when(command, actingFor(actor))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P2", FORBIDDEN, "only the unit it is pending at, " + VI_XUYEN
                        + ", acts on it now (you act for " + actor + ")"));
        verifyNoInteractions(decisions);
    }

    @Test
    void P2_a_unit_merged_away_hands_its_pending_proposals_to_its_survivor() {
        units.merge(VI_XUYEN, BAC_QUANG);

        fixture.given(submitted(BANG_KHEN, MINISTERIAL_OR_PROVINCIAL_COMMENDATION))
                .when(new ForwardProposal(BANG_KHEN, MAJORITY, null), actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P2", FORBIDDEN, "only the unit it is pending at, " + BAC_QUANG));

        fixture.given(submitted(BANG_KHEN, MINISTERIAL_OR_PROVINCIAL_COMMENDATION))
                .when(new ForwardProposal(BANG_KHEN, MAJORITY, "Phòng Bắc Quang tiếp nhận sau sáp nhập"),
                        actingFor(BAC_QUANG))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProposalForwarded(BANG_KHEN, BAC_QUANG, SO_HA_GIANG, MAJORITY,
                        "Phòng Bắc Quang tiếp nhận sau sáp nhập", PROVINCE_DUE));
    }

    // ---- P3: forward, return, reject, approve at the pending unit

    @Test
    void P3_forward_goes_to_the_current_parent() {
        units.reparent(VI_XUYEN, SO_TUYEN_QUANG);

        fixture.given(submitted(BANG_KHEN, MINISTERIAL_OR_PROVINCIAL_COMMENDATION))
                .when(new ForwardProposal(BANG_KHEN, MAJORITY, "Kính trình Sở"), actingFor(VI_XUYEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProposalForwarded(BANG_KHEN, VI_XUYEN, SO_TUYEN_QUANG, MAJORITY, "Kính trình Sở",
                        PROVINCE_DUE))
                .expectResultMessagePayload(new ProposalState(BANG_KHEN, ProposalStatus.PENDING,
                        MINISTERIAL_OR_PROVINCIAL_COMMENDATION, HOA_OF_TRUNG_TAM, TRUNG_TAM, SO_TUYEN_QUANG, 2, null));
    }

    @Test
    void P3_the_deciding_level_does_not_forward() {
        fixture.given(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER))
                .when(new ForwardProposal(FIGHTER, MAJORITY, null), actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P3", CONFLICT, VI_XUYEN + " decides GRASSROOTS_EMULATION_FIGHTER itself"));
    }

    @Test
    void P3_forward_needs_the_council_vote() {
        fixture.given(submitted(BANG_KHEN, MINISTERIAL_OR_PROVINCIAL_COMMENDATION))
                .when(new ForwardProposal(BANG_KHEN, SIX_OF_THIRTEEN, null), actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P3", CONFLICT, "the council vote is not enough: "
                        + "MINISTERIAL_OR_PROVINCIAL_COMMENDATION needs more than 50% of all council members, found 6 of 13"));
    }

    @Test
    void P3_return_goes_back_to_the_sender_with_reason_and_missing_items() {
        fixture.given(submitted(BANG_KHEN, MINISTERIAL_OR_PROVINCIAL_COMMENDATION),
                        forwarded(BANG_KHEN, VI_XUYEN, SO_HA_GIANG))
                .when(new ReturnProposal(BANG_KHEN, "Báo cáo thành tích chưa có xác nhận của Phòng",
                        List.of("Báo cáo thành tích có xác nhận")), actingFor(SO_HA_GIANG))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProposalReturned(BANG_KHEN, SO_HA_GIANG, VI_XUYEN,
                        "Báo cáo thành tích chưa có xác nhận của Phòng", List.of("Báo cáo thành tích có xác nhận")))
                .expectResultMessagePayload(new ProposalState(BANG_KHEN, ProposalStatus.RETURNED,
                        MINISTERIAL_OR_PROVINCIAL_COMMENDATION, HOA_OF_TRUNG_TAM, TRUNG_TAM, VI_XUYEN, 2, null));
    }

    @Test
    void P3_return_names_the_missing_items() {
        fixture.given(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER))
                .when(new ReturnProposal(FIGHTER, "Hồ sơ chưa đầy đủ", List.of()), actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P3", CONFLICT, "names what is missing"));
    }

    @Test
    void P3_return_needs_a_reason() {
        fixture.given(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER))
                .when(new ReturnProposal(FIGHTER, " ", List.of("Biên bản họp Hội đồng")), actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P3", CONFLICT, "a return for supplementation needs its reason"));
    }

    @Test
    void P3_reject_is_final_and_needs_a_reason() {
        fixture.given(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER))
                .when(new RejectProposal(FIGHTER, null), actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P3", CONFLICT, "a rejection needs its reason"));

        fixture.given(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER))
                .when(new RejectProposal(FIGHTER, "Chưa đủ 2 năm liên tục đạt Lao động tiên tiến"), actingFor(VI_XUYEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProposalRejected(FIGHTER, VI_XUYEN, "Chưa đủ 2 năm liên tục đạt Lao động tiên tiến"))
                .expectResultMessagePayload(new ProposalState(FIGHTER, ProposalStatus.REJECTED,
                        GRASSROOTS_EMULATION_FIGHTER, HOA_OF_TRUNG_TAM, TRUNG_TAM, null, 1, null));

        fixture.given(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER),
                        new ProposalRejected(FIGHTER, VI_XUYEN, "Chưa đủ 2 năm liên tục đạt Lao động tiên tiến"))
                .when(new WithdrawProposal(FIGHTER, "Đề nghị lại"), actingFor(TRUNG_TAM))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P5", CONFLICT, FIGHTER + " is REJECTED, which is final"));
    }

    @Test
    void P3_a_returned_proposal_is_not_forwarded() {
        fixture.given(submitted(BANG_KHEN, MINISTERIAL_OR_PROVINCIAL_COMMENDATION),
                        forwarded(BANG_KHEN, VI_XUYEN, SO_HA_GIANG),
                        returned(BANG_KHEN, SO_HA_GIANG, VI_XUYEN))
                .when(new ForwardProposal(BANG_KHEN, MAJORITY, null), actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P3", CONFLICT, BANG_KHEN + " was returned to " + VI_XUYEN
                        + " and waits for its resubmission"));
    }

    @Test
    void P3_approve_at_the_deciding_level_is_an_event_with_the_decision() {
        fixture.given(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER))
                .when(new ApproveProposal(FIGHTER, VI_XUYEN_DECISION, MAJORITY), actingFor(VI_XUYEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProposalApproved(FIGHTER, VI_XUYEN, MAJORITY, VI_XUYEN_DECISION,
                        new GrantId(FIGHTER.value()), RULES_VERSION))
                .expectResultMessagePayload(new ProposalState(FIGHTER, ProposalStatus.APPROVED,
                        GRASSROOTS_EMULATION_FIGHTER, HOA_OF_TRUNG_TAM, TRUNG_TAM, null, 1, VI_XUYEN_DECISION));
        verify(decisions).requireEligible(RULES, "P1", new Decisions.Nominee(HOA_OF_TRUNG_TAM, GRASSROOTS_EMULATION_FIGHTER,
                EXCELLENT, 2025, false));
        verify(decisions).grant(RULES, VI_XUYEN_DECISION, VI_XUYEN, List.of(new Decisions.NewGrant(TRUNG_TAM_PLAN, REG_HOA,
                HOA_OF_TRUNG_TAM, EDUCATION, GRASSROOTS_EMULATION_FIGHTER, FIGHTER)), List.of(new GrantId(FIGHTER.value())));
    }

    @Test
    void P3_only_the_deciding_level_approves() {
        fixture.given(submitted(BANG_KHEN, MINISTERIAL_OR_PROVINCIAL_COMMENDATION))
                .when(new ApproveProposal(BANG_KHEN, VI_XUYEN_DECISION, MAJORITY), actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P3", CONFLICT, VI_XUYEN
                        + " does not decide MINISTERIAL_OR_PROVINCIAL_COMMENDATION: only the deciding level approves"));
        verifyNoInteractions(decisions);
    }

    @Test
    void P3_approval_needs_the_council_vote() {
        fixture.given(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER))
                .when(new ApproveProposal(FIGHTER, VI_XUYEN_DECISION, SIX_OF_THIRTEEN), actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P3", CONFLICT, "found 6 of 13"));
        verifyNoInteractions(decisions);
    }

    @Test
    void P1_eligibility_is_checked_again_at_approval() {
        doThrow(RuleViolationException.conflict("P1", "person:" + HOA + " is not eligible for GRASSROOTS_EMULATION_FIGHTER"))
                .when(decisions).requireEligible(any(), any(), any());

        fixture.given(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER))
                .when(new ApproveProposal(FIGHTER, VI_XUYEN_DECISION, MAJORITY), actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P1", CONFLICT, "is not eligible for GRASSROOTS_EMULATION_FIGHTER"));
        verify(decisions, never()).grant(any(), any(), any(), any(), any());
    }

    // ---- P4: resubmission and withdrawal

    @Test
    void P4_resubmit_goes_back_to_the_unit_that_returned_it() {
        // Vị Xuyên moved under Tuyên Quang after Hà Giang returned the dossier: it still goes back to Hà Giang.
        units.reparent(VI_XUYEN, SO_TUYEN_QUANG);
        List<DossierItem> amended = List.of(TO_TRINH, new DossierItem(ACHIEVEMENT_REPORT,
                "Báo cáo thành tích có xác nhận của Phòng LĐTBXH Vị Xuyên"), BIEN_BAN);

        fixture.given(submitted(BANG_KHEN, MINISTERIAL_OR_PROVINCIAL_COMMENDATION),
                        forwarded(BANG_KHEN, VI_XUYEN, SO_HA_GIANG),
                        returned(BANG_KHEN, SO_HA_GIANG, VI_XUYEN))
                .when(new ResubmitProposal(BANG_KHEN, amended, null, "Đã bổ sung xác nhận"), actingFor(VI_XUYEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProposalResubmitted(BANG_KHEN, VI_XUYEN, SO_HA_GIANG, amended, null,
                        "Đã bổ sung xác nhận", PROVINCE_DUE))
                .expectResultMessagePayload(new ProposalState(BANG_KHEN, ProposalStatus.PENDING,
                        MINISTERIAL_OR_PROVINCIAL_COMMENDATION, HOA_OF_TRUNG_TAM, TRUNG_TAM, SO_HA_GIANG, 2, null));
    }

    @Test
    void P4_only_the_unit_it_was_returned_to_resubmits() {
        fixture.given(submitted(BANG_KHEN, MINISTERIAL_OR_PROVINCIAL_COMMENDATION),
                        forwarded(BANG_KHEN, VI_XUYEN, SO_HA_GIANG),
                        returned(BANG_KHEN, SO_HA_GIANG, VI_XUYEN))
                .when(new ResubmitProposal(BANG_KHEN, DOSSIER, null, null), actingFor(TRUNG_TAM))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P4", FORBIDDEN, "only the unit it was returned to, " + VI_XUYEN));
    }

    @Test
    void P4_resubmitted_dossier_must_be_complete() {
        fixture.given(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER),
                        returned(FIGHTER, VI_XUYEN, TRUNG_TAM))
                .when(new ResubmitProposal(FIGHTER, List.of(TO_TRINH, BAO_CAO), null, null), actingFor(TRUNG_TAM))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P4", CONFLICT, "the amended dossier lacks [COUNCIL_MINUTES]"));
    }

    static Stream<Arguments> undecided() {
        return Stream.of(
                Arguments.of("pending at the Sở", List.of(submitted(BANG_KHEN, MINISTERIAL_OR_PROVINCIAL_COMMENDATION),
                        forwarded(BANG_KHEN, VI_XUYEN, SO_HA_GIANG)), SO_HA_GIANG),
                Arguments.of("returned to Vị Xuyên", List.of(submitted(BANG_KHEN, MINISTERIAL_OR_PROVINCIAL_COMMENDATION),
                        forwarded(BANG_KHEN, VI_XUYEN, SO_HA_GIANG), returned(BANG_KHEN, SO_HA_GIANG, VI_XUYEN)), VI_XUYEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undecided")
    void P4_origin_withdraws_an_undecided_proposal(String where, List<Object> history, OrgUnitId pendingAt) {
        fixture.given(history)
                .when(new WithdrawProposal(BANG_KHEN, "Cá nhân chuyển công tác"), actingFor(TRUNG_TAM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProposalWithdrawn(BANG_KHEN, pendingAt, "Cá nhân chuyển công tác"))
                .expectResultMessagePayload(new ProposalState(BANG_KHEN, ProposalStatus.WITHDRAWN,
                        MINISTERIAL_OR_PROVINCIAL_COMMENDATION, HOA_OF_TRUNG_TAM, TRUNG_TAM, null, 2, null));
    }

    @Test
    void P4_the_survivor_of_a_merged_proposer_withdraws() {
        units.merge(TRUNG_TAM, VI_XUYEN);

        fixture.given(submitted(BANG_KHEN, MINISTERIAL_OR_PROVINCIAL_COMMENDATION),
                        forwarded(BANG_KHEN, VI_XUYEN, SO_HA_GIANG))
                .when(new WithdrawProposal(BANG_KHEN, "Đơn vị đã sáp nhập"), actingFor(VI_XUYEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProposalWithdrawn(BANG_KHEN, SO_HA_GIANG, "Đơn vị đã sáp nhập"));
    }

    @Test
    void P4_only_the_origin_withdraws() {
        fixture.given(submitted(BANG_KHEN, MINISTERIAL_OR_PROVINCIAL_COMMENDATION),
                        forwarded(BANG_KHEN, VI_XUYEN, SO_HA_GIANG))
                .when(new WithdrawProposal(BANG_KHEN, null), actingFor(SO_HA_GIANG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P4", FORBIDDEN, "only the proposing unit, " + TRUNG_TAM));
    }

    // ---- P5: final states

    static Stream<Arguments> finalStatesAndCommands() {
        List<Object> finals = List.of(
                new ProposalApproved(FIGHTER, VI_XUYEN, MAJORITY, VI_XUYEN_DECISION, new GrantId(FIGHTER.value()),
                        RULES_VERSION),
                new ProposalRejected(FIGHTER, VI_XUYEN, "Không đủ tiêu chuẩn"),
                new ProposalWithdrawn(FIGHTER, VI_XUYEN, "Rút hồ sơ"));
        List<Object[]> commands = List.of(
                new Object[] {new ForwardProposal(FIGHTER, MAJORITY, null), VI_XUYEN},
                new Object[] {new ReturnProposal(FIGHTER, "Bổ sung", List.of()), VI_XUYEN},
                new Object[] {new RejectProposal(FIGHTER, "Không đủ tiêu chuẩn"), VI_XUYEN},
                new Object[] {new ApproveProposal(FIGHTER, VI_XUYEN_DECISION, MAJORITY), VI_XUYEN},
                new Object[] {new ResubmitProposal(FIGHTER, DOSSIER, MAJORITY, null), TRUNG_TAM},
                new Object[] {new WithdrawProposal(FIGHTER, "Rút hồ sơ"), TRUNG_TAM});
        List<Arguments> arguments = new ArrayList<>();
        for (Object finalEvent : finals) {
            ProposalStatus status = finalEvent instanceof ProposalApproved ? ProposalStatus.APPROVED
                    : finalEvent instanceof ProposalRejected ? ProposalStatus.REJECTED : ProposalStatus.WITHDRAWN;
            for (Object[] command : commands) {
                arguments.add(Arguments.of(status, finalEvent, command[0], command[1]));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("finalStatesAndCommands")
    void P5_approved_rejected_and_withdrawn_are_final(ProposalStatus status, Object finalEvent, Object command,
                                                      OrgUnitId actor) {
        fixture.given(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER), finalEvent)
                .when(command, actingFor(actor))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P5", CONFLICT, FIGHTER + " is " + status + ", which is final"));
        verifyNoInteractions(decisions);
    }

    // ---- P7: one achievement, one award

    @Test
    void P7_nominee_already_proposed_for_the_same_award_in_the_campaign() {
        claims.claim(TRUNG_TAM_PLAN, HOA_OF_TRUNG_TAM, GRASSROOTS_EMULATION_FIGHTER, "de-xuat-truoc");

        fixture.givenNoPriorActivity()
                .when(submit(FIGHTER, REG_HOA, GRASSROOTS_EMULATION_FIGHTER), actingFor(TRUNG_TAM))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("P7", CONFLICT, "person:" + HOA
                        + " is already proposed for or granted GRASSROOTS_EMULATION_FIGHTER in campaign " + TRUNG_TAM_PLAN
                        + " (de-xuat-truoc)"));
    }

    @Test
    void P7_the_same_nominee_may_be_proposed_for_another_award() {
        claims.claim(TRUNG_TAM_PLAN, HOA_OF_TRUNG_TAM, MINISTERIAL_OR_PROVINCIAL_COMMENDATION, BANG_KHEN.value());

        fixture.givenNoPriorActivity()
                .when(submit(FIGHTER, REG_HOA, GRASSROOTS_EMULATION_FIGHTER), actingFor(TRUNG_TAM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(submitted(FIGHTER, GRASSROOTS_EMULATION_FIGHTER));
    }

    // ---- commands and events

    private static NomineeDirectory.Entry nominee(RegistrationId registrationId, Participant participant,
                                                  AwardType awardType, boolean usedInitiative) {
        return new NomineeDirectory.Entry(TRUNG_TAM_PLAN, TONG_KET, registrationId, participant, awardType, EXCELLENT,
                2025, usedInitiative, false);
    }

    private static SubmitProposal submit(ProposalId proposalId, RegistrationId registrationId, AwardType awardType) {
        return new SubmitProposal(proposalId, TRUNG_TAM_PLAN, TONG_KET, registrationId, awardType, DOSSIER, MAJORITY);
    }

    /** Hoa's proposal, submitted by Trung tâm GDNN and pending at Vị Xuyên. */
    private static ProposalSubmitted submitted(ProposalId proposalId, AwardType awardType) {
        return new ProposalSubmitted(proposalId, TRUNG_TAM_PLAN, TONG_KET, REG_HOA, HOA_OF_TRUNG_TAM, EDUCATION,
                awardType, TRUNG_TAM, VI_XUYEN, false, DOSSIER, MAJORITY, DISTRICT_DUE);
    }

    /** Forwarded to a province on the Friday morning. */
    private static ProposalForwarded forwarded(ProposalId proposalId, OrgUnitId from, OrgUnitId to) {
        return new ProposalForwarded(proposalId, from, to, MAJORITY, null, PROVINCE_DUE);
    }

    private static ProposalReturned returned(ProposalId proposalId, OrgUnitId from, OrgUnitId to) {
        return new ProposalReturned(proposalId, from, to, "Báo cáo thành tích chưa có xác nhận",
                List.of("Báo cáo thành tích có xác nhận"));
    }
}
