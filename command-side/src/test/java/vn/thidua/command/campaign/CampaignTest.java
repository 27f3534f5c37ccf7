package vn.thidua.command.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.api.RuleViolation.Kind.CONFLICT;
import static vn.thidua.api.RuleViolation.Kind.FORBIDDEN;
import static vn.thidua.api.RuleViolation.Kind.NOT_FOUND;
import static vn.thidua.api.award.AwardType.ADVANCED_COLLECTIVE;
import static vn.thidua.api.award.AwardType.ADVANCED_WORKER;
import static vn.thidua.api.award.AwardType.CERTIFICATE_OF_MERIT;
import static vn.thidua.api.award.AwardType.EMULATION_FLAG;
import static vn.thidua.api.award.AwardType.EXCELLENT_COLLECTIVE;
import static vn.thidua.api.award.AwardType.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.api.award.AwardType.MINISTERIAL_OR_PROVINCIAL_COMMENDATION;
import static vn.thidua.api.campaign.Rating.COMPLETED;
import static vn.thidua.api.campaign.Rating.EXCELLENT;
import static vn.thidua.api.campaign.Rating.GOOD;
import static vn.thidua.api.campaign.ReviewKind.FINAL;
import static vn.thidua.api.campaign.ReviewKind.PERIODIC;
import static vn.thidua.api.campaign.ReviewKind.PRELIMINARY;
import static vn.thidua.api.campaign.TargetKind.COLLECTIVE;
import static vn.thidua.api.campaign.TargetKind.INDIVIDUAL;
import static vn.thidua.api.orgunit.Level.COMMUNE;
import static vn.thidua.api.orgunit.Level.DISTRICT;
import static vn.thidua.api.orgunit.Level.PROVINCE;
import static vn.thidua.command.testing.ActingFor.actingFor;
import static vn.thidua.command.testing.RuleViolations.violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thidua.api.RuleViolation;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.AmendCampaign;
import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.BulkRegistrationResult;
import vn.thidua.api.campaign.CampaignAmended;
import vn.thidua.api.campaign.CampaignCancelled;
import vn.thidua.api.campaign.CampaignClosed;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.CampaignState;
import vn.thidua.api.campaign.CancelCampaign;
import vn.thidua.api.campaign.CloseCampaign;
import vn.thidua.api.campaign.ConcludeReview;
import vn.thidua.api.campaign.Criterion;
import vn.thidua.api.campaign.EvaluateRegistration;
import vn.thidua.api.campaign.LaunchCampaign;
import vn.thidua.api.campaign.Nomination;
import vn.thidua.api.campaign.Nominee;
import vn.thidua.api.campaign.OpenReview;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.ParticipantRegistered;
import vn.thidua.api.campaign.Period;
import vn.thidua.api.campaign.ProgressReportId;
import vn.thidua.api.campaign.ProgressReportSubmitted;
import vn.thidua.api.campaign.Quota;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegisterParticipant;
import vn.thidua.api.campaign.RegisterParticipants;
import vn.thidua.api.campaign.RegistrationEvaluated;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.RegistrationOutcome;
import vn.thidua.api.campaign.RegistrationRow;
import vn.thidua.api.campaign.RegistrationWithdrawn;
import vn.thidua.api.campaign.ReviewConcluded;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.campaign.ReviewKind;
import vn.thidua.api.campaign.ReviewOpened;
import vn.thidua.api.campaign.ScheduledReview;
import vn.thidua.api.campaign.SubmitProgressReport;
import vn.thidua.api.campaign.Target;
import vn.thidua.api.campaign.WithdrawRegistration;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.command.award.AchievementHistory;
import vn.thidua.command.award.Candidate;
import vn.thidua.command.award.QuotaLedger;
import vn.thidua.command.award.Verdict;
import vn.thidua.command.orgunit.UnitAuthorization;
import vn.thidua.command.testing.InMemoryCampaignDirectory;
import vn.thidua.command.testing.InMemoryPersonDirectory;
import vn.thidua.command.testing.InMemoryUnitDirectory;
import vn.thidua.api.rules.RuleSetVersion;
import vn.thidua.command.rules.RuleSets;
import vn.thidua.command.title.TitleSchemes;
import vn.thidua.command.rules.RuleSet;

/**
 * C1-C9 on the {@link Campaign} aggregate, with the plan 63/KH-UBND of UBND xã Lơ Ku (seed 003) implementing the
 * plan 1156/KH-UBND of UBND huyện Kbang, over in-memory directories and a fake eligibility.
 */
class CampaignTest {

    // ---- the hierarchy

    private static final OrgUnitId GIA_LAI = new OrgUnitId("ubnd-tinh-gia-lai");
    private static final OrgUnitId KBANG = new OrgUnitId("ubnd-huyen-kbang");
    private static final OrgUnitId LO_KU = new OrgUnitId("ubnd-xa-lo-ku");
    private static final OrgUnitId DAK_SMAR = new OrgUnitId("ubnd-xa-dak-smar");
    /** A commune merged into Lơ Ku. */
    private static final OrgUnitId KRONG = new OrgUnitId("ubnd-xa-krong");
    /** A unit that is not in the directory. */
    private static final OrgUnitId NOWHERE = new OrgUnitId("ubnd-xa-khong-co");

    private static final PersonId HOA = new PersonId("dinh-thi-hoa");
    private static final PersonId MINH = new PersonId("dinh-van-minh");
    private static final PersonId LAN = new PersonId("nguyen-thi-lan");

    private static final Participant LO_KU_COLLECTIVE = Participant.collective(LO_KU);
    /** Hoa as registered: the command side fills in her unit. */
    private static final Participant HOA_OF_LO_KU = Participant.individual(HOA, LO_KU);

    // ---- the plans

    private static final CampaignId KBANG_PLAN = new CampaignId("kbang-vhcs-2019-2025");
    private static final CampaignId LO_KU_PLAN = new CampaignId("lo-ku-vhcs-2019-2025");
    private static final CampaignId DAK_SMAR_PLAN = new CampaignId("dak-smar-vhcs-2019-2025");

    private static final Period KBANG_PERIOD = new Period(LocalDate.of(2019, 8, 21), LocalDate.of(2025, 12, 31));
    private static final Period LO_KU_PERIOD = new Period(LocalDate.of(2019, 8, 23), LocalDate.of(2025, 12, 31));

    private static final Target COLLECTIVE_TARGET = new Target(COLLECTIVE,
            "Thi đua xây dựng cơ quan văn minh, hiện đại, xanh, sạch, đẹp",
            List.of(new Criterion("vh-1", "Ban hành quy chế, nội quy của cơ quan về văn hóa công sở", 40),
                    new Criterion("vh-2", "Cải cách hành chính, công khai minh bạch thủ tục hành chính", 60)));
    private static final Target INDIVIDUAL_TARGET = new Target(INDIVIDUAL,
            "Thi đua thực hiện kỷ cương, trách nhiệm, tận tụy, chuyên nghiệp",
            List.of(new Criterion("kc-1", "Chấp hành nghiêm túc kỷ cương, kỷ luật hành chính", 50),
                    new Criterion("kc-2", "Tinh thần, thái độ làm việc tận tụy, nghiêm túc, trách nhiệm", 50)));

    private static final AwardPlanItem MERIT_FOR_COLLECTIVES = new AwardPlanItem(CERTIFICATE_OF_MERIT, COLLECTIVE, limit(5));
    private static final AwardPlanItem ADVANCED_WORKERS = new AwardPlanItem(ADVANCED_WORKER, INDIVIDUAL, limit(10));
    /** Chiến sĩ thi đua cơ sở: the district decides it, the commune proposes it. */
    private static final AwardPlanItem FIGHTERS_PROPOSED = new AwardPlanItem(GRASSROOTS_EMULATION_FIGHTER, INDIVIDUAL, null);

    private static final ScheduledReview SO_KET_2022 = new ScheduledReview(PRELIMINARY, 2022, "Sơ kết 3 năm thực hiện");
    private static final ScheduledReview TONG_KET_2025 = new ScheduledReview(FINAL, 2025, "Tổng kết giai đoạn 2019-2025");

    private static final List<String> COMMITMENTS = List.of("Chấp hành nghiêm giờ giấc làm việc",
            "Trang phục, giao tiếp, ứng xử đúng quy định về văn hóa công sở");

    private static final RegistrationId REG_LO_KU = new RegistrationId("dk-ubnd-xa-lo-ku");
    private static final RegistrationId REG_HOA = new RegistrationId("dk-dinh-thi-hoa");
    private static final RegistrationId REG_MINH = new RegistrationId("dk-dinh-van-minh");

    private static final ReviewId BAO_CAO_2020 = new ReviewId("bao-cao-2020");
    private static final ReviewId BAO_CAO_2021 = new ReviewId("bao-cao-2021");
    private static final ReviewId SO_KET = new ReviewId("so-ket-2022");
    private static final ReviewId TONG_KET = new ReviewId("tong-ket-2025");

    private FixtureConfiguration<Campaign> fixture;
    private InMemoryUnitDirectory units;
    private InMemoryCampaignDirectory campaigns;
    private InMemoryPersonDirectory persons;
    private InMemoryAchievementLedger ledger;
    private FakeEligibilityRules eligibility;

    @BeforeEach
    void setUp() {
        units = new InMemoryUnitDirectory()
                .add(GIA_LAI, "UBND tỉnh Gia Lai", PROVINCE, null,
                        Set.of(MINISTERIAL_OR_PROVINCIAL_COMMENDATION, EMULATION_FLAG, EXCELLENT_COLLECTIVE))
                .add(KBANG, "UBND huyện Kbang", DISTRICT, GIA_LAI,
                        Set.of(CERTIFICATE_OF_MERIT, ADVANCED_WORKER, ADVANCED_COLLECTIVE, GRASSROOTS_EMULATION_FIGHTER))
                .add(LO_KU, "UBND xã Lơ Ku", COMMUNE, KBANG, Set.of(CERTIFICATE_OF_MERIT, ADVANCED_WORKER))
                .add(DAK_SMAR, "UBND xã Đak Smar", COMMUNE, KBANG, Set.of(CERTIFICATE_OF_MERIT, ADVANCED_WORKER))
                .add(KRONG, "UBND xã Krông", COMMUNE, KBANG, Set.of(CERTIFICATE_OF_MERIT, ADVANCED_WORKER))
                .merge(KRONG, LO_KU);
        persons = new InMemoryPersonDirectory()
                .add(HOA, "Đinh Thị Hoa", LO_KU)
                .add(MINH, "Đinh Văn Minh", LO_KU)
                .add(LAN, "Nguyễn Thị Lan", DAK_SMAR);
        campaigns = new InMemoryCampaignDirectory().add(kbangPlan().entry(CampaignState.Status.LAUNCHED));
        ledger = new InMemoryAchievementLedger();
        eligibility = new FakeEligibilityRules();

        fixture = new AggregateTestFixture<>(Campaign.class);
        fixture.registerInjectableResource(units);
        fixture.registerInjectableResource(campaigns);
        fixture.registerInjectableResource(persons);
        fixture.registerInjectableResource(ledger);
        RuleSets rules = () -> new RuleSet(new RuleSetVersion("test"), null, eligibility, null, null, TitleSchemes.NONE);
        fixture.registerInjectableResource(rules);
        quotaUse.clear();
        fixture.registerInjectableResource((QuotaLedger) (campaign, awardType, kind) ->
                quotaUse.getOrDefault(campaign + "/" + awardType + "/" + kind, 0));
    }

    /** Grants already counted against a plan's quotas, by "campaign/award/kind". */
    private final Map<String, Integer> quotaUse = new java.util.HashMap<>();

    // ---- C1: launching a plan

    @Test
    void C1_launch_is_an_event() {
        campaigns.remove(KBANG_PLAN);
        Plan plan = kbangPlan();

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(KBANG))
                .expectSuccessfulHandlerExecution()
                .expectEvents(plan.launched());
    }

    @Test
    void C1_system_may_launch_for_any_issuer() {
        campaigns.remove(KBANG_PLAN);
        Plan plan = kbangPlan();

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(UnitAuthorization.SYSTEM_UNIT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(plan.launched());
    }

    @Test
    void C1_plan_number_is_unique_per_issuer() {
        campaigns.add(new CampaignDirectory.Entry(new CampaignId("lo-ku-ke-hoach-cu"), LO_KU, "63/KH-UBND",
                CampaignState.Status.CLOSED, LO_KU_PERIOD, null));

        fixture.givenNoPriorActivity()
                .when(loKuPlan().command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "plan number 63/KH-UBND is already used by " + LO_KU));
    }

    @Test
    void C1_same_plan_number_may_be_used_by_another_issuer() {
        campaigns.add(new CampaignDirectory.Entry(DAK_SMAR_PLAN, DAK_SMAR, "63/KH-UBND",
                CampaignState.Status.LAUNCHED, LO_KU_PERIOD, KBANG_PLAN));
        Plan plan = loKuPlan();

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(plan.launched());
    }

    @Test
    void C1_period_must_run_forward() {
        Plan plan = loKuPlan();
        plan.period = new Period(LocalDate.of(2025, 12, 31), LocalDate.of(2019, 8, 23));

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "the period must run forward"));
    }

    @Test
    void C1_needs_a_target_with_theme() {
        Plan plan = loKuPlan();
        plan.targets = List.of();

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "at least one target kind"));
    }

    @Test
    void C1_target_needs_its_theme() {
        Plan plan = loKuPlan();
        plan.targets = List.of(COLLECTIVE_TARGET, new Target(INDIVIDUAL, " ", INDIVIDUAL_TARGET.criteria()));

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "the INDIVIDUAL target needs its theme"));
    }

    @Test
    void C1_target_kind_is_given_once() {
        Plan plan = loKuPlan();
        plan.targets = List.of(COLLECTIVE_TARGET, INDIVIDUAL_TARGET, COLLECTIVE_TARGET);

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "target kind COLLECTIVE is given twice"));
    }

    @Test
    void C1_target_needs_criteria() {
        Plan plan = loKuPlan();
        plan.targets = List.of(COLLECTIVE_TARGET, new Target(INDIVIDUAL, INDIVIDUAL_TARGET.theme(), List.of()));

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "the INDIVIDUAL target needs its criteria"));
    }

    @Test
    void C1_criterion_code_is_given_once_per_target() {
        Plan plan = loKuPlan();
        plan.targets = List.of(COLLECTIVE_TARGET, new Target(INDIVIDUAL, INDIVIDUAL_TARGET.theme(), List.of(
                new Criterion("kc-1", "Chấp hành kỷ luật hành chính", 50),
                new Criterion("kc-1", "Tận tụy, trách nhiệm", 50))));

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "criterion kc-1 is given twice for INDIVIDUAL"));
    }

    @Test
    void C1_needs_an_award_plan() {
        Plan plan = loKuPlan();
        plan.awardPlan = List.of();

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "a plan has an award plan"));
    }

    @Test
    void C1_award_is_planned_once_per_target_kind() {
        Plan plan = loKuPlan();
        plan.awardPlan = List.of(MERIT_FOR_COLLECTIVES, ADVANCED_WORKERS,
                new AwardPlanItem(ADVANCED_WORKER, INDIVIDUAL, limit(3)));

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "ADVANCED_WORKER for INDIVIDUAL is planned twice"));
    }

    @Test
    void C1_award_needs_a_target_of_its_kind() {
        Plan plan = loKuPlan();
        plan.targets = List.of(COLLECTIVE_TARGET);

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "the plan has no INDIVIDUAL target"));
    }

    @Test
    void C1_award_must_suit_the_target_kind() {
        Plan plan = loKuPlan();
        plan.awardPlan = List.of(new AwardPlanItem(ADVANCED_WORKER, COLLECTIVE, limit(3)));

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "ADVANCED_WORKER cannot be given to COLLECTIVE nominees"));
    }

    @Test
    void C1_decided_award_needs_a_quota() {
        Plan plan = loKuPlan();
        plan.awardPlan = List.of(MERIT_FOR_COLLECTIVES, new AwardPlanItem(ADVANCED_WORKER, INDIVIDUAL, null));

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "decides ADVANCED_WORKER itself, so the plan gives its quota"));
    }

    @Test
    void C1_proposed_award_has_no_quota() {
        Plan plan = loKuPlan();
        plan.awardPlan = List.of(MERIT_FOR_COLLECTIVES, new AwardPlanItem(GRASSROOTS_EMULATION_FIGHTER, INDIVIDUAL, limit(2)));

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "quotas are set by the unit that decides"));
    }

    @Test
    void C1_percentage_quota_counts_an_award_the_issuer_decides() {
        Plan plan = loKuPlan();
        plan.awardPlan = List.of(MERIT_FOR_COLLECTIVES,
                new AwardPlanItem(GRASSROOTS_EMULATION_FIGHTER, INDIVIDUAL, null),
                new AwardPlanItem(ADVANCED_WORKER, INDIVIDUAL, new Quota(null, 20, GRASSROOTS_EMULATION_FIGHTER, null)));

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "limited to a percentage of GRASSROOTS_EMULATION_FIGHTER, which "
                        + LO_KU + " does not decide"));
    }

    @Test
    void C1_percentage_quota_refers_to_an_award_of_the_plan() {
        Plan plan = loKuPlan();
        plan.awardPlan = List.of(MERIT_FOR_COLLECTIVES,
                new AwardPlanItem(ADVANCED_WORKER, INDIVIDUAL, new Quota(null, 20, CERTIFICATE_OF_MERIT, null)));

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT,
                        "limited to a percentage of CERTIFICATE_OF_MERIT, which the plan does not grant"));
    }

    @Test
    void C1_schedule_has_exactly_one_final_review() {
        Plan plan = loKuPlan();
        plan.schedule = List.of(SO_KET_2022);

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "exactly one final review (tổng kết), found 0"));
    }

    @Test
    void C1_schedule_has_no_second_final_review() {
        Plan plan = loKuPlan();
        plan.schedule = List.of(SO_KET_2022, new ScheduledReview(FINAL, 2024, null), TONG_KET_2025);

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "exactly one final review (tổng kết), found 2"));
    }

    @Test
    void C1_schedule_has_at_most_one_preliminary_review() {
        Plan plan = loKuPlan();
        plan.schedule = List.of(new ScheduledReview(PRELIMINARY, 2021, null), SO_KET_2022, TONG_KET_2025);

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "at most one preliminary review (sơ kết), found 2"));
    }

    @Test
    void C1_scheduled_reviews_lie_within_the_period() {
        Plan plan = loKuPlan();
        plan.schedule = List.of(SO_KET_2022, new ScheduledReview(FINAL, 2026, null));

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "the FINAL review of 2026 is outside the period"));
    }

    @Test
    void C1_no_review_is_scheduled_after_the_final() {
        Plan plan = loKuPlan();
        plan.schedule = List.of(SO_KET_2022, new ScheduledReview(FINAL, 2024, null),
                new ScheduledReview(PERIODIC, 2025, "Báo cáo năm 2025"));

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT,
                        "the PERIODIC review of 2025 is scheduled after the final review of 2024"));
    }

    @Test
    void C1_needs_legal_bases() {
        Plan plan = loKuPlan();
        plan.legalBases = List.of();

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "names the documents it implements (legal bases)"));
    }

    @Test
    void C1_only_the_issuer_launches() {
        fixture.givenNoPriorActivity()
                .when(loKuPlan().command(), actingFor(KBANG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", FORBIDDEN, "only users of " + LO_KU + " act on this plan"));
    }

    @Test
    void C1_unknown_issuer_is_not_found() {
        Plan plan = loKuPlan();
        plan.issuerId = NOWHERE;

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(NOWHERE))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", NOT_FOUND, "issuing unit " + NOWHERE + " does not exist"));
    }

    @Test
    void C1_merged_issuer_launches_no_plan() {
        Plan plan = loKuPlan();
        plan.issuerId = KRONG;

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(KRONG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "was merged into " + LO_KU));
    }

    // ---- C2: cascading a higher plan

    @Test
    void C2_cascade_is_an_event() {
        Plan plan = loKuPlan();

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(plan.launched());
    }

    @Test
    void C2_unknown_parent_is_not_found() {
        Plan plan = loKuPlan();
        plan.parentCampaignId = new CampaignId("gia-lai-vhcs-2019-2025");

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C2", NOT_FOUND, "gia-lai-vhcs-2019-2025, does not exist"));
    }

    @ParameterizedTest
    @EnumSource(value = CampaignState.Status.class, names = {"CLOSED", "CANCELLED"})
    void C2_parent_must_be_launched(CampaignState.Status status) {
        campaigns.add(kbangPlan().entry(status));

        fixture.givenNoPriorActivity()
                .when(loKuPlan().command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C2", CONFLICT, KBANG_PLAN + ", is " + status));
    }

    @Test
    void C2_parent_must_be_issued_above() {
        campaigns.add(new CampaignDirectory.Entry(DAK_SMAR_PLAN, DAK_SMAR, "58/KH-UBND",
                CampaignState.Status.LAUNCHED, KBANG_PERIOD, KBANG_PLAN));
        Plan plan = loKuPlan();
        plan.parentCampaignId = DAK_SMAR_PLAN;

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C2", CONFLICT, DAK_SMAR + " is not above " + LO_KU));
    }

    @Test
    void C2_plan_does_not_implement_a_plan_of_its_own_issuer() {
        CampaignId earlier = new CampaignId("lo-ku-vhcs-khung");
        campaigns.add(new CampaignDirectory.Entry(earlier, LO_KU, "40/KH-UBND",
                CampaignState.Status.LAUNCHED, KBANG_PERIOD, KBANG_PLAN));
        Plan plan = loKuPlan();
        plan.parentCampaignId = earlier;

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C2", CONFLICT, LO_KU + " is not above " + LO_KU));
    }

    @Test
    void C2_parent_must_contain_the_period() {
        Plan plan = loKuPlan();
        plan.period = new Period(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31));

        fixture.givenNoPriorActivity()
                .when(plan.command(), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C2", CONFLICT, "must lie within the period " + KBANG_PERIOD));
    }

    @Test
    void C2_amended_period_stays_within_the_parent() {
        fixture.given(launched())
                .when(amendPeriod(LO_KU_PLAN, new Period(LocalDate.of(2019, 8, 1), LO_KU_PERIOD.to())), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C2", CONFLICT, "must lie within the period " + KBANG_PERIOD));
    }

    @Test
    void C2_amended_period_keeps_the_cascaded_plans_inside() {
        campaigns.add(loKuPlan().entry(CampaignState.Status.LAUNCHED));
        Period shorter = new Period(KBANG_PERIOD.from(), LocalDate.of(2024, 12, 31));
        AmendCampaign amend = new AmendCampaign(KBANG_PLAN, null, shorter, null, null,
                List.of(SO_KET_2022, new ScheduledReview(FINAL, 2024, null)), null);

        fixture.given(kbangPlan().launched())
                .when(amend, actingFor(KBANG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C2", CONFLICT, "plan " + LO_KU_PLAN + " implementing this one runs "
                        + LO_KU_PERIOD + ", outside the amended period"));
    }

    // ---- C3: amending the plan

    @Test
    void C3_amend_before_first_review() {
        Plan plan = loKuPlan();
        List<AwardPlanItem> moreAdvancedWorkers = List.of(MERIT_FOR_COLLECTIVES,
                new AwardPlanItem(ADVANCED_WORKER, INDIVIDUAL, limit(12)), FIGHTERS_PROPOSED);

        fixture.given(plan.launched(), hoaRegistered())
                .when(new AmendCampaign(LO_KU_PLAN, null, null, null, moreAdvancedWorkers, null, null), actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CampaignAmended(LO_KU_PLAN, plan.title, plan.period, plan.targets, moreAdvancedWorkers,
                        plan.schedule, plan.legalBases));
    }

    @Test
    void C3_no_amendment_after_a_review_opened() {
        fixture.given(launched(), opened(BAO_CAO_2020, PERIODIC, 2020), concluded(BAO_CAO_2020, PERIODIC, 2020))
                .when(new AmendCampaign(LO_KU_PLAN, "Kế hoạch sửa đổi", null, null, null, null, null), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C3", CONFLICT, "amended only until its first review opens"));
    }

    @Test
    void C3_quota_never_drops_below_what_is_granted() {
        quotaUse.put(LO_KU_PLAN + "/ADVANCED_WORKER/INDIVIDUAL", 4);
        List<AwardPlanItem> smaller = List.of(MERIT_FOR_COLLECTIVES, new AwardPlanItem(ADVANCED_WORKER, INDIVIDUAL, limit(3)));

        fixture.given(launched())
                .when(new AmendCampaign(LO_KU_PLAN, null, null, null, smaller, null, null), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C3", CONFLICT, "cannot drop to 3: 4 already granted"));
    }

    @Test
    void C3_quota_may_drop_to_what_is_granted() {
        quotaUse.put(LO_KU_PLAN + "/ADVANCED_WORKER/INDIVIDUAL", 4);
        List<AwardPlanItem> smaller = List.of(MERIT_FOR_COLLECTIVES, new AwardPlanItem(ADVANCED_WORKER, INDIVIDUAL, limit(4)));

        fixture.given(launched())
                .when(new AmendCampaign(LO_KU_PLAN, null, null, null, smaller, null, null), actingFor(LO_KU))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void C3_only_the_issuer_amends() {
        fixture.given(launched())
                .when(new AmendCampaign(LO_KU_PLAN, "Kế hoạch sửa đổi", null, null, null, null, null), actingFor(KBANG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C3", FORBIDDEN, "only users of " + LO_KU));
    }

    @Test
    void C3_amended_plan_is_checked_as_a_plan() {
        fixture.given(launched())
                .when(new AmendCampaign(LO_KU_PLAN, null, null, null, null, List.of(SO_KET_2022), null), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C1", CONFLICT, "exactly one final review"));
    }

    @Test
    void C3_amended_plan_keeps_the_targets_of_its_registrations() {
        AmendCampaign collectivesOnly = new AmendCampaign(LO_KU_PLAN, null, null, List.of(COLLECTIVE_TARGET),
                List.of(MERIT_FOR_COLLECTIVES), null, null);

        fixture.given(launched(), hoaRegistered())
                .when(collectivesOnly, actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C3", CONFLICT, "registration " + REG_HOA + " is of a INDIVIDUAL participant"));
    }

    // ---- C4: registrations

    @Test
    void C4_register_is_an_event() {
        fixture.given(launched())
                .when(new RegisterParticipant(LO_KU_PLAN, REG_HOA, Participant.individual(HOA, null), COMMITMENTS),
                        actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ParticipantRegistered(LO_KU_PLAN, REG_HOA, HOA_OF_LO_KU, COMMITMENTS));
    }

    @Test
    void C4_one_registration_per_participant() {
        fixture.given(launched(), hoaRegistered())
                .when(new RegisterParticipant(LO_KU_PLAN, new RegistrationId("dk-dinh-thi-hoa-lan-2"),
                        Participant.individual(HOA, null), COMMITMENTS), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", CONFLICT, "person:" + HOA + " is already registered (" + REG_HOA + ")"));
    }

    @Test
    void C4_withdrawn_participant_may_register_again() {
        RegistrationId again = new RegistrationId("dk-dinh-thi-hoa-lan-2");

        fixture.given(launched(), hoaRegistered(), withdrawn(REG_HOA))
                .when(new RegisterParticipant(LO_KU_PLAN, again, Participant.individual(HOA, null), COMMITMENTS),
                        actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ParticipantRegistered(LO_KU_PLAN, again, HOA_OF_LO_KU, COMMITMENTS));
    }

    @Test
    void C4_registration_id_is_used_once() {
        fixture.given(launched(), hoaRegistered())
                .when(new RegisterParticipant(LO_KU_PLAN, REG_HOA, Participant.individual(MINH, null), COMMITMENTS),
                        actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", CONFLICT, "registration id " + REG_HOA + " is already used"));
    }

    @Test
    void C4_participant_must_be_below_issuer() {
        fixture.given(launched())
                .when(new RegisterParticipant(LO_KU_PLAN, new RegistrationId("dk-nguyen-thi-lan"),
                        Participant.individual(LAN, null), COMMITMENTS), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", CONFLICT, DAK_SMAR + " is not"));
    }

    @Test
    void C4_plan_takes_only_participants_of_its_target_kinds() {
        Plan plan = loKuPlan();
        plan.targets = List.of(COLLECTIVE_TARGET);
        plan.awardPlan = List.of(MERIT_FOR_COLLECTIVES);

        fixture.given(plan.launched())
                .when(new RegisterParticipant(LO_KU_PLAN, REG_HOA, Participant.individual(HOA, null), COMMITMENTS),
                        actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", CONFLICT, "the plan has no target for INDIVIDUAL participants"));
    }

    @Test
    void C4_unknown_person_is_not_found() {
        fixture.given(launched())
                .when(new RegisterParticipant(LO_KU_PLAN, REG_HOA, Participant.individual(new PersonId("khong-co-ai"), null),
                        COMMITMENTS), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", NOT_FOUND, "person khong-co-ai does not exist"));
    }

    @Test
    void C4_unknown_unit_is_not_found() {
        fixture.given(launched())
                .when(new RegisterParticipant(LO_KU_PLAN, REG_LO_KU, Participant.collective(NOWHERE), COMMITMENTS),
                        actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", NOT_FOUND, "unit " + NOWHERE + " does not exist"));
    }

    @Test
    void C4_merged_unit_does_not_register() {
        fixture.given(launched())
                .when(new RegisterParticipant(LO_KU_PLAN, REG_LO_KU, Participant.collective(KRONG), COMMITMENTS),
                        actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", CONFLICT, "unit " + KRONG + " was merged into " + LO_KU));
    }

    @Test
    void C4_no_registration_after_final_review_opened() {
        fixture.given(launched(), opened(SO_KET, PRELIMINARY, 2022), concluded(SO_KET, PRELIMINARY, 2022),
                        opened(TONG_KET, FINAL, 2025))
                .when(new RegisterParticipant(LO_KU_PLAN, REG_HOA, Participant.individual(HOA, null), COMMITMENTS),
                        actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", CONFLICT, "can register only until the final review"));
    }

    @Test
    void C4_registration_needs_commitments() {
        fixture.given(launched())
                .when(new RegisterParticipant(LO_KU_PLAN, REG_HOA, Participant.individual(HOA, null), List.of()),
                        actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", CONFLICT, "a registration carries its commitments"));
    }

    @Test
    void C4_participant_unit_may_file_its_own_registration() {
        fixture.given(kbangPlan().launched())
                .when(new RegisterParticipant(KBANG_PLAN, REG_LO_KU, LO_KU_COLLECTIVE, COMMITMENTS), actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ParticipantRegistered(KBANG_PLAN, REG_LO_KU, LO_KU_COLLECTIVE, COMMITMENTS));
    }

    @Test
    void C4_sibling_unit_may_not_file() {
        fixture.given(kbangPlan().launched())
                .when(new RegisterParticipant(KBANG_PLAN, REG_LO_KU, LO_KU_COLLECTIVE, COMMITMENTS), actingFor(DAK_SMAR))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", FORBIDDEN, "only users of " + KBANG + " act on this plan"));
    }

    // ---- C4 in bulk: the same rules row by row

    @Test
    void C4_bulk_registers_the_rows_that_keep_the_rules_and_answers_each_refused_row_with_its_rule() {
        RegistrationId unknownPerson = new RegistrationId("dk-khong-co-ai");
        RegistrationId notBelowIssuer = new RegistrationId("dk-nguyen-thi-lan");
        RegistrationId noCommitments = new RegistrationId("dk-dinh-van-minh");
        RegistrationId hoaAgain = new RegistrationId("dk-dinh-thi-hoa-lan-2");
        RegisterParticipants bulk = new RegisterParticipants(LO_KU_PLAN, List.of(
                new RegistrationRow(REG_HOA, Participant.individual(HOA, null), COMMITMENTS),
                new RegistrationRow(unknownPerson, Participant.individual(new PersonId("khong-co-ai"), null), COMMITMENTS),
                new RegistrationRow(notBelowIssuer, Participant.individual(LAN, null), COMMITMENTS),
                new RegistrationRow(noCommitments, Participant.individual(MINH, null), List.of()),
                new RegistrationRow(hoaAgain, Participant.individual(HOA, null), COMMITMENTS),
                new RegistrationRow(REG_LO_KU, LO_KU_COLLECTIVE, COMMITMENTS)));

        fixture.given(launched())
                .when(bulk, actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ParticipantRegistered(LO_KU_PLAN, REG_HOA, HOA_OF_LO_KU, COMMITMENTS),
                        new ParticipantRegistered(LO_KU_PLAN, REG_LO_KU, LO_KU_COLLECTIVE, COMMITMENTS))
                .expectResultMessagePayloadMatching(bulkOutcome(
                        RegistrationOutcome.accepted(REG_HOA),
                        refusal(unknownPerson, "C4", NOT_FOUND, "person khong-co-ai does not exist"),
                        refusal(notBelowIssuer, "C4", CONFLICT, DAK_SMAR + " is not"),
                        refusal(noCommitments, "C4", CONFLICT, "a registration carries its commitments"),
                        refusal(hoaAgain, "C4", CONFLICT, "person:" + HOA + " is already registered (" + REG_HOA + ")"),
                        RegistrationOutcome.accepted(REG_LO_KU)));
    }

    @Test
    void C4_bulk_row_of_a_participant_already_registered_is_refused_and_a_withdrawn_one_registers_again() {
        RegistrationId hoaAgain = new RegistrationId("dk-dinh-thi-hoa-lan-2");

        fixture.given(launched(), hoaRegistered(), new ParticipantRegistered(LO_KU_PLAN, REG_MINH, Participant.individual(MINH, LO_KU), COMMITMENTS),
                        withdrawn(REG_MINH))
                .when(new RegisterParticipants(LO_KU_PLAN, List.of(
                        new RegistrationRow(hoaAgain, Participant.individual(HOA, null), COMMITMENTS),
                        new RegistrationRow(REG_MINH, Participant.individual(MINH, null), COMMITMENTS),
                        new RegistrationRow(new RegistrationId("dk-dinh-van-minh-lan-2"), Participant.individual(MINH, null),
                                COMMITMENTS))), actingFor(LO_KU))
                .expectEvents(new ParticipantRegistered(LO_KU_PLAN, new RegistrationId("dk-dinh-van-minh-lan-2"),
                        Participant.individual(MINH, LO_KU), COMMITMENTS))
                .expectResultMessagePayloadMatching(bulkOutcome(
                        refusal(hoaAgain, "C4", CONFLICT, "person:" + HOA + " is already registered (" + REG_HOA + ")"),
                        refusal(REG_MINH, "C4", CONFLICT, "registration id " + REG_MINH + " is already used"),
                        RegistrationOutcome.accepted(new RegistrationId("dk-dinh-van-minh-lan-2"))));
    }

    @Test
    void C4_bulk_rows_filed_by_a_unit_below_the_issuer_are_its_own_participants_only() {
        fixture.given(kbangPlan().launched())
                .when(new RegisterParticipants(KBANG_PLAN, List.of(
                        new RegistrationRow(REG_LO_KU, LO_KU_COLLECTIVE, COMMITMENTS),
                        new RegistrationRow(REG_HOA, Participant.individual(HOA, null), COMMITMENTS))), actingFor(DAK_SMAR))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(bulkOutcome(
                        refusal(REG_LO_KU, "C4", FORBIDDEN, "only users of " + KBANG + " act on this plan"),
                        refusal(REG_HOA, "C4", FORBIDDEN, "only users of " + KBANG + " act on this plan")));
    }

    @Test
    void C4_bulk_is_refused_as_a_whole_once_the_final_review_opened() {
        fixture.given(launched(), opened(SO_KET, PRELIMINARY, 2022), concluded(SO_KET, PRELIMINARY, 2022),
                        opened(TONG_KET, FINAL, 2025))
                .when(new RegisterParticipants(LO_KU_PLAN, List.of(
                        new RegistrationRow(REG_HOA, Participant.individual(HOA, null), COMMITMENTS))), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", CONFLICT, "can register only until the final review"));
    }

    /** The outcomes in the rows' order; a refusal is matched on its rule, kind and a fragment of its detail. */
    private static org.hamcrest.Matcher<Object> bulkOutcome(RegistrationOutcome... expected) {
        return new org.hamcrest.TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item, org.hamcrest.Description mismatch) {
                mismatch.appendText("was ").appendValue(item);
                if (!(item instanceof BulkRegistrationResult result) || result.rows().size() != expected.length) {
                    return false;
                }
                int accepted = 0;
                for (int i = 0; i < expected.length; i++) {
                    RegistrationOutcome want = expected[i];
                    RegistrationOutcome got = result.rows().get(i);
                    boolean same = want.registrationId().equals(got.registrationId()) && want.accepted() == got.accepted()
                            && (want.accepted() || (got.refusal().rule().equals(want.refusal().rule())
                            && got.refusal().kind() == want.refusal().kind()
                            && got.refusal().detail().contains(want.refusal().detail())));
                    if (!same) {
                        return false;
                    }
                    accepted += want.accepted() ? 1 : 0;
                }
                return result.accepted() == accepted && result.refused() == expected.length - accepted;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("outcomes ").appendValueList("[", ", ", "]", expected);
            }
        };
    }

    private static RegistrationOutcome refusal(RegistrationId id, String rule, RuleViolation.Kind kind, String detail) {
        return RegistrationOutcome.refused(id, new RuleViolation(rule, kind, detail));
    }

    @Test
    void C4_withdraw_is_an_event() {
        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022))
                .when(new WithdrawRegistration(LO_KU_PLAN, REG_HOA, "chuyển công tác"), actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RegistrationWithdrawn(LO_KU_PLAN, REG_HOA, "chuyển công tác"));
    }

    @Test
    void C4_withdraw_until_final_review_opens() {
        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022), concluded(SO_KET, PRELIMINARY, 2022),
                        opened(TONG_KET, FINAL, 2025))
                .when(new WithdrawRegistration(LO_KU_PLAN, REG_HOA, "chuyển công tác"), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", CONFLICT, "can withdraw only until the final review"));
    }

    @Test
    void C4_withdrawn_registration_is_not_withdrawn_again() {
        fixture.given(launched(), hoaRegistered(), withdrawn(REG_HOA))
                .when(new WithdrawRegistration(LO_KU_PLAN, REG_HOA, null), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", CONFLICT, "registration " + REG_HOA + " was withdrawn"));
    }

    @Test
    void C4_unknown_registration_is_not_found_for_withdrawal() {
        fixture.given(launched())
                .when(new WithdrawRegistration(LO_KU_PLAN, REG_HOA, null), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", NOT_FOUND, "registration " + REG_HOA + " does not exist"));
    }

    @Test
    void C4_other_unit_may_not_withdraw() {
        fixture.given(kbangPlan().launched(), new ParticipantRegistered(KBANG_PLAN, REG_LO_KU, LO_KU_COLLECTIVE, COMMITMENTS))
                .when(new WithdrawRegistration(KBANG_PLAN, REG_LO_KU, null), actingFor(DAK_SMAR))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C4", FORBIDDEN, "only users of " + KBANG));
    }

    // ---- C5: reviews

    @Test
    void C5_one_review_open_at_a_time() {
        fixture.given(launched(), opened(BAO_CAO_2020, PERIODIC, 2020))
                .when(new OpenReview(LO_KU_PLAN, BAO_CAO_2021, PERIODIC, 2021, null), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C5", CONFLICT, "review " + BAO_CAO_2020 + " is still open"));
    }

    @Test
    void C5_periodic_any_number_of_times() {
        ReviewId baoCao2022 = new ReviewId("bao-cao-2022");

        fixture.given(launched(), opened(BAO_CAO_2020, PERIODIC, 2020), concluded(BAO_CAO_2020, PERIODIC, 2020),
                        opened(BAO_CAO_2021, PERIODIC, 2021), concluded(BAO_CAO_2021, PERIODIC, 2021))
                .when(new OpenReview(LO_KU_PLAN, baoCao2022, PERIODIC, 2022, "Báo cáo năm 2022"), actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReviewOpened(LO_KU_PLAN, baoCao2022, PERIODIC, 2022, "Báo cáo năm 2022"));
    }

    @Test
    void C5_review_id_is_used_once() {
        fixture.given(launched(), opened(BAO_CAO_2020, PERIODIC, 2020), concluded(BAO_CAO_2020, PERIODIC, 2020))
                .when(new OpenReview(LO_KU_PLAN, BAO_CAO_2020, PERIODIC, 2021, null), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C5", CONFLICT, "review id " + BAO_CAO_2020 + " is already used"));
    }

    @Test
    void C5_review_year_lies_within_the_period() {
        fixture.given(launched())
                .when(new OpenReview(LO_KU_PLAN, new ReviewId("bao-cao-2026"), PERIODIC, 2026, null), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C5", CONFLICT, "year 2026 is outside the plan's period"));
    }

    @Test
    void C5_only_the_issuer_opens_a_review() {
        fixture.given(launched())
                .when(new OpenReview(LO_KU_PLAN, BAO_CAO_2020, PERIODIC, 2020, null), actingFor(KBANG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C5", FORBIDDEN, "only users of " + LO_KU));
    }

    @Test
    void C5_preliminary_at_most_once() {
        fixture.given(launched(), opened(SO_KET, PRELIMINARY, 2022), concluded(SO_KET, PRELIMINARY, 2022))
                .when(new OpenReview(LO_KU_PLAN, new ReviewId("so-ket-2023"), PRELIMINARY, 2023, null), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C5", CONFLICT, "held at most once"));
    }

    @Test
    void C5_preliminary_not_after_final() {
        Plan plan = loKuPlan();
        plan.schedule = List.of(TONG_KET_2025);

        fixture.given(plan.launched(), opened(TONG_KET, FINAL, 2025), concluded(TONG_KET, FINAL, 2025))
                .when(new OpenReview(LO_KU_PLAN, SO_KET, PRELIMINARY, 2025, null), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C5", CONFLICT, "comes before the final review"));
    }

    @Test
    void C5_final_review_requires_concluded_preliminary() {
        fixture.given(launched(), opened(BAO_CAO_2020, PERIODIC, 2020), concluded(BAO_CAO_2020, PERIODIC, 2020))
                .when(new OpenReview(LO_KU_PLAN, TONG_KET, FINAL, 2025, null), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C5", CONFLICT, "the final review opens only after it concluded"));
    }

    @Test
    void C5_final_after_concluded_preliminary_is_an_event() {
        fixture.given(launched(), opened(SO_KET, PRELIMINARY, 2022), concluded(SO_KET, PRELIMINARY, 2022))
                .when(new OpenReview(LO_KU_PLAN, TONG_KET, FINAL, 2025, "Tổng kết"), actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReviewOpened(LO_KU_PLAN, TONG_KET, FINAL, 2025, "Tổng kết"));
    }

    @Test
    void C5_final_at_most_once() {
        fixture.given(launched(), opened(SO_KET, PRELIMINARY, 2022), concluded(SO_KET, PRELIMINARY, 2022),
                        opened(TONG_KET, FINAL, 2025), concluded(TONG_KET, FINAL, 2025))
                .when(new OpenReview(LO_KU_PLAN, new ReviewId("tong-ket-lan-2"), FINAL, 2025, null), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C5", CONFLICT, "the final review (tổng kết) is held at most once"));
    }

    @Test
    void C5_final_without_scheduled_preliminary_may_open_directly() {
        Plan plan = loKuPlan();
        plan.schedule = List.of(TONG_KET_2025);

        fixture.given(plan.launched())
                .when(new OpenReview(LO_KU_PLAN, TONG_KET, FINAL, 2025, "Tổng kết"), actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReviewOpened(LO_KU_PLAN, TONG_KET, FINAL, 2025, "Tổng kết"));
    }

    // ---- C6: evaluation

    @Test
    void C6_evaluation_is_an_event() {
        Map<String, Integer> scores = Map.of("kc-1", 45, "kc-2", 48);

        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022))
                .when(new EvaluateRegistration(LO_KU_PLAN, SO_KET, REG_HOA, EXCELLENT, scores, "Gương mẫu"),
                        actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RegistrationEvaluated(LO_KU_PLAN, SO_KET, REG_HOA, HOA_OF_LO_KU, 2022, EXCELLENT,
                        scores, "Gương mẫu"));
    }

    @Test
    void C6_evaluate_only_active_registrations() {
        fixture.given(launched(), hoaRegistered(), withdrawn(REG_HOA), opened(SO_KET, PRELIMINARY, 2022))
                .when(evaluate(SO_KET, REG_HOA, GOOD), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C6", CONFLICT, "registration " + REG_HOA + " was withdrawn"));
    }

    @Test
    void C6_unknown_registration_is_not_found() {
        fixture.given(launched(), opened(SO_KET, PRELIMINARY, 2022))
                .when(evaluate(SO_KET, REG_HOA, GOOD), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C6", NOT_FOUND, "registration " + REG_HOA + " does not exist"));
    }

    @Test
    void C6_evaluate_only_in_the_open_review() {
        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022), concluded(SO_KET, PRELIMINARY, 2022),
                        opened(TONG_KET, FINAL, 2025))
                .when(evaluate(SO_KET, REG_HOA, EXCELLENT), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C6", CONFLICT, "review " + SO_KET + " is concluded"));
    }

    @Test
    void C6_unknown_review_is_not_found() {
        fixture.given(launched(), hoaRegistered())
                .when(evaluate(SO_KET, REG_HOA, EXCELLENT), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C6", NOT_FOUND, "review " + SO_KET + " does not exist"));
    }

    @Test
    void C6_reevaluation_replaces() {
        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022),
                        evaluated(SO_KET, 2022, REG_HOA, HOA_OF_LO_KU, GOOD),
                        evaluated(SO_KET, 2022, REG_HOA, HOA_OF_LO_KU, EXCELLENT))
                .when(new ConcludeReview(LO_KU_PLAN, SO_KET, List.of()), actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReviewConcluded(LO_KU_PLAN, SO_KET, PRELIMINARY, 2022,
                        List.of(evaluated(SO_KET, 2022, REG_HOA, HOA_OF_LO_KU, EXCELLENT)), List.of()));
    }

    @Test
    void C6_score_must_be_within_criterion_max() {
        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022))
                .when(new EvaluateRegistration(LO_KU_PLAN, SO_KET, REG_HOA, EXCELLENT, Map.of("kc-1", 51), null),
                        actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C6", CONFLICT, "score for kc-1 must be between 0 and 50, found 51"));
    }

    @Test
    void C6_score_is_not_negative() {
        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022))
                .when(new EvaluateRegistration(LO_KU_PLAN, SO_KET, REG_HOA, GOOD, Map.of("kc-2", -1), null),
                        actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C6", CONFLICT, "score for kc-2 must be between 0 and 50, found -1"));
    }

    @Test
    void C6_score_is_given_for_a_criterion_of_the_participants_target() {
        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022))
                .when(new EvaluateRegistration(LO_KU_PLAN, SO_KET, REG_HOA, GOOD, Map.of("vh-1", 30), null),
                        actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C6", CONFLICT, "criterion vh-1 is not among the criteria for INDIVIDUAL"));
    }

    @Test
    void C6_only_the_issuer_evaluates() {
        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022))
                .when(evaluate(SO_KET, REG_HOA, EXCELLENT), actingFor(KBANG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C6", FORBIDDEN, "only users of " + LO_KU));
    }

    // ---- C7: concluding a review with its nominees

    @Test
    void C7_conclude_names_nominees_with_route() {
        String route = "Điều 24: hoàn thành xuất sắc nhiệm vụ";
        eligibility.answer(ADVANCED_WORKER, Verdict.eligible(route, false));
        RegistrationEvaluated hoaExcellent = evaluated(SO_KET, 2022, REG_HOA, HOA_OF_LO_KU, EXCELLENT);

        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022), hoaExcellent)
                .when(new ConcludeReview(LO_KU_PLAN, SO_KET, List.of(nominate(REG_HOA, ADVANCED_WORKER))), actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReviewConcluded(LO_KU_PLAN, SO_KET, PRELIMINARY, 2022, List.of(hoaExcellent),
                        List.of(new Nominee(REG_HOA, HOA_OF_LO_KU, ADVANCED_WORKER, EXCELLENT, route, false, false, null))));
    }

    @Test
    void C7_nominee_must_have_been_evaluated() {
        fixture.given(launched(), hoaRegistered(), opened(BAO_CAO_2021, PERIODIC, 2021),
                        evaluated(BAO_CAO_2021, 2021, REG_HOA, HOA_OF_LO_KU, EXCELLENT),
                        concluded(BAO_CAO_2021, PERIODIC, 2021), opened(SO_KET, PRELIMINARY, 2022))
                .when(new ConcludeReview(LO_KU_PLAN, SO_KET, List.of(nominate(REG_HOA, ADVANCED_WORKER))), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C7", CONFLICT, "nominee " + REG_HOA + " was not evaluated in review " + SO_KET));
    }

    @Test
    void C6_withdrawn_registration_leaves_no_rating_in_the_concluded_review() {
        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022),
                        evaluated(SO_KET, 2022, REG_HOA, HOA_OF_LO_KU, EXCELLENT), withdrawn(REG_HOA))
                .when(new ConcludeReview(LO_KU_PLAN, SO_KET, List.of()), actingFor(LO_KU))
                .expectEvents(concluded(SO_KET, PRELIMINARY, 2022));
    }

    @Test
    void C7_withdrawn_registration_is_no_nominee() {
        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022),
                        evaluated(SO_KET, 2022, REG_HOA, HOA_OF_LO_KU, EXCELLENT), withdrawn(REG_HOA))
                .when(new ConcludeReview(LO_KU_PLAN, SO_KET, List.of(nominate(REG_HOA, ADVANCED_WORKER))), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C7", CONFLICT, "registration " + REG_HOA + " was withdrawn"));
    }

    @Test
    void C7_award_must_be_in_the_plan() {
        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022),
                        evaluated(SO_KET, 2022, REG_HOA, HOA_OF_LO_KU, EXCELLENT))
                .when(new ConcludeReview(LO_KU_PLAN, SO_KET, List.of(nominate(REG_HOA, CERTIFICATE_OF_MERIT))),
                        actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C7", CONFLICT,
                        "CERTIFICATE_OF_MERIT for INDIVIDUAL participants is not in the plan's awards"));
    }

    @Test
    void C7_ineligible_nominee_is_refused_naming_the_condition() {
        eligibility.answer(GRASSROOTS_EMULATION_FIGHTER,
                Verdict.notEligible(List.of("rating >= EXCELLENT: rated GOOD in 2022")));

        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022),
                        evaluated(SO_KET, 2022, REG_HOA, HOA_OF_LO_KU, GOOD))
                .when(new ConcludeReview(LO_KU_PLAN, SO_KET, List.of(nominate(REG_HOA, GRASSROOTS_EMULATION_FIGHTER))),
                        actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C7", CONFLICT, "rating >= EXCELLENT: rated GOOD in 2022"));
    }

    @Test
    void C7_collective_members_rated_in_the_same_review_count() {
        ledger.members(LO_KU, new Candidate.Member(HOA.value(), GOOD, AchievementHistory.EMPTY),
                new Candidate.Member(MINH.value(), COMPLETED, AchievementHistory.EMPTY));

        fixture.given(launched(), loKuRegistered(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022),
                        evaluated(SO_KET, 2022, REG_LO_KU, LO_KU_COLLECTIVE, EXCELLENT),
                        evaluated(SO_KET, 2022, REG_HOA, HOA_OF_LO_KU, EXCELLENT))
                .when(new ConcludeReview(LO_KU_PLAN, SO_KET, List.of(nominate(REG_LO_KU, CERTIFICATE_OF_MERIT))),
                        actingFor(LO_KU))
                .expectSuccessfulHandlerExecution();

        assertEquals(1, eligibility.checked().size());
        Candidate candidate = eligibility.checked().get(0);
        assertEquals(LO_KU_COLLECTIVE, candidate.participant());
        assertEquals(EXCELLENT, candidate.rating());
        assertEquals(List.of(new Candidate.Member(HOA.value(), EXCELLENT, AchievementHistory.EMPTY),
                new Candidate.Member(MINH.value(), COMPLETED, AchievementHistory.EMPTY)), candidate.members());
    }

    @Test
    void C7_nominee_is_named_once_per_award() {
        fixture.given(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022),
                        evaluated(SO_KET, 2022, REG_HOA, HOA_OF_LO_KU, EXCELLENT))
                .when(new ConcludeReview(LO_KU_PLAN, SO_KET,
                        List.of(nominate(REG_HOA, ADVANCED_WORKER), nominate(REG_HOA, ADVANCED_WORKER))), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C7", CONFLICT, "a nominee is named twice for the same award"));
    }

    @Test
    void C7_conclude_only_the_open_review() {
        fixture.given(launched(), opened(SO_KET, PRELIMINARY, 2022), concluded(SO_KET, PRELIMINARY, 2022))
                .when(new ConcludeReview(LO_KU_PLAN, SO_KET, List.of()), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C7", CONFLICT, "review " + SO_KET + " is concluded"));
    }

    @Test
    void C7_only_the_issuer_concludes() {
        fixture.given(launched(), opened(SO_KET, PRELIMINARY, 2022))
                .when(new ConcludeReview(LO_KU_PLAN, SO_KET, List.of()), actingFor(KBANG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C7", FORBIDDEN, "only users of " + LO_KU));
    }

    // ---- C8: closing and cancelling

    @Test
    void C8_close_only_after_final_review_concluded() {
        fixture.given(launched(), opened(SO_KET, PRELIMINARY, 2022), concluded(SO_KET, PRELIMINARY, 2022),
                        opened(TONG_KET, FINAL, 2025))
                .when(new CloseCampaign(LO_KU_PLAN), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C8", CONFLICT, "closes only after its final review (tổng kết) concluded"));
    }

    @Test
    void C8_close_is_an_event() {
        fixture.given(finalReviewConcluded())
                .when(new CloseCampaign(LO_KU_PLAN), actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CampaignClosed(LO_KU_PLAN));
    }

    @Test
    void C8_only_the_issuer_closes() {
        fixture.given(finalReviewConcluded())
                .when(new CloseCampaign(LO_KU_PLAN), actingFor(KBANG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C8", FORBIDDEN, "only users of " + LO_KU));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void C8_closed_campaign_accepts_no_further_command(String name, Object command) {
        List<Object> history = new ArrayList<>(finalReviewConcluded());
        history.add(new CampaignClosed(LO_KU_PLAN));

        fixture.given(history)
                .when(command, actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C8", CONFLICT, LO_KU_PLAN + " is CLOSED and accepts no further command"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void C8_cancelled_campaign_accepts_no_further_command(String name, Object command) {
        fixture.given(launched(), hoaRegistered(), new CampaignCancelled(LO_KU_PLAN, "Sáp nhập xã"))
                .when(command, actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C8", CONFLICT, LO_KU_PLAN + " is CANCELLED and accepts no further command"));
    }

    static Stream<Arguments> everyCommand() {
        return Stream.<Object>of(
                        new AmendCampaign(LO_KU_PLAN, "Kế hoạch sửa đổi", null, null, null, null, null),
                        new RegisterParticipant(LO_KU_PLAN, REG_MINH, Participant.individual(MINH, null), COMMITMENTS),
                        new RegisterParticipants(LO_KU_PLAN, List.of(
                                new RegistrationRow(REG_MINH, Participant.individual(MINH, null), COMMITMENTS))),
                        new WithdrawRegistration(LO_KU_PLAN, REG_HOA, "chuyển công tác"),
                        new OpenReview(LO_KU_PLAN, new ReviewId("bao-cao-2025"), PERIODIC, 2025, null),
                        new EvaluateRegistration(LO_KU_PLAN, TONG_KET, REG_HOA, EXCELLENT, null, null),
                        new ConcludeReview(LO_KU_PLAN, TONG_KET, List.of()),
                        new SubmitProgressReport(LO_KU_PLAN, new ProgressReportId("bao-cao-nam-2025"), "Năm 2025",
                                "Kết quả thực hiện văn hóa công sở năm 2025"),
                        new CloseCampaign(LO_KU_PLAN),
                        new CancelCampaign(LO_KU_PLAN, "Sáp nhập xã"))
                .map(command -> Arguments.of(command.getClass().getSimpleName(), command));
    }

    @Test
    void C8_cancel_needs_a_reason() {
        fixture.given(launched())
                .when(new CancelCampaign(LO_KU_PLAN, " "), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C8", CONFLICT, "a cancellation needs its reason"));
    }

    @Test
    void C8_cancel_is_an_event() {
        fixture.given(launched(), hoaRegistered())
                .when(new CancelCampaign(LO_KU_PLAN, "Sáp nhập xã"), actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CampaignCancelled(LO_KU_PLAN, "Sáp nhập xã"));
    }

    @Test
    void C8_only_the_issuer_cancels() {
        fixture.given(launched())
                .when(new CancelCampaign(LO_KU_PLAN, "Sáp nhập xã"), actingFor(KBANG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C8", FORBIDDEN, "only users of " + LO_KU));
    }

    // ---- C9: progress reports to the plan above

    @Test
    void C9_progress_report_goes_to_parent_issuer() {
        ProgressReportId report = new ProgressReportId("bao-cao-6-thang-2020");

        fixture.given(launched(), hoaRegistered())
                .when(new SubmitProgressReport(LO_KU_PLAN, report, "6 tháng đầu năm 2020", "12/12 cán bộ đã đăng ký"),
                        actingFor(LO_KU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProgressReportSubmitted(LO_KU_PLAN, report, KBANG_PLAN, KBANG, "6 tháng đầu năm 2020",
                        "12/12 cán bộ đã đăng ký"));
    }

    @Test
    void C9_plan_without_parent_sends_no_progress_report() {
        fixture.given(kbangPlan().launched())
                .when(new SubmitProgressReport(KBANG_PLAN, new ProgressReportId("bao-cao-2020"), "Năm 2020", "Tóm tắt"),
                        actingFor(KBANG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C9", CONFLICT, KBANG_PLAN + " implements no higher plan"));
    }

    @Test
    void C9_report_id_is_used_once() {
        ProgressReportId report = new ProgressReportId("bao-cao-6-thang-2020");

        fixture.given(launched(), new ProgressReportSubmitted(LO_KU_PLAN, report, KBANG_PLAN, KBANG,
                        "6 tháng đầu năm 2020", "Tóm tắt"))
                .when(new SubmitProgressReport(LO_KU_PLAN, report, "Năm 2020", "Tóm tắt"), actingFor(LO_KU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C9", CONFLICT, "report id " + report + " is already used"));
    }

    @Test
    void C9_only_the_issuer_reports() {
        fixture.given(launched())
                .when(new SubmitProgressReport(LO_KU_PLAN, new ProgressReportId("bao-cao-2020"), "Năm 2020", "Tóm tắt"),
                        actingFor(KBANG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("C9", FORBIDDEN, "only users of " + LO_KU));
    }

    // ---- plans

    /** A plan being drafted: a test changes what it is about, then takes the command or the event. */
    private static final class Plan {
        CampaignId campaignId;
        OrgUnitId issuerId;
        String planNumber;
        String title;
        Period period;
        CampaignId parentCampaignId;
        List<Target> targets = List.of(COLLECTIVE_TARGET, INDIVIDUAL_TARGET);
        List<AwardPlanItem> awardPlan;
        List<ScheduledReview> schedule = List.of(SO_KET_2022, TONG_KET_2025);
        List<String> legalBases;

        LaunchCampaign command() {
            return new LaunchCampaign(campaignId, issuerId, planNumber, title, period, parentCampaignId, targets,
                    awardPlan, schedule, legalBases);
        }

        CampaignLaunched launched() {
            return new CampaignLaunched(campaignId, issuerId, planNumber, title, period, parentCampaignId, targets,
                    awardPlan, schedule, legalBases);
        }

        CampaignDirectory.Entry entry(CampaignState.Status status) {
            return new CampaignDirectory.Entry(campaignId, issuerId, planNumber, status, period, parentCampaignId);
        }
    }

    /** Seed 003: Kế hoạch 63/KH-UBND of UBND xã Lơ Ku, implementing 1156/KH-UBND of UBND huyện Kbang. */
    private static Plan loKuPlan() {
        Plan plan = new Plan();
        plan.campaignId = LO_KU_PLAN;
        plan.issuerId = LO_KU;
        plan.planNumber = "63/KH-UBND";
        plan.title = "Phong trào thi đua “Cán bộ, công chức, những người hoạt động không chuyên trách xã thi đua "
                + "thực hiện văn hóa công sở” giai đoạn 2019-2025";
        plan.period = LO_KU_PERIOD;
        plan.parentCampaignId = KBANG_PLAN;
        plan.awardPlan = List.of(MERIT_FOR_COLLECTIVES, ADVANCED_WORKERS, FIGHTERS_PROPOSED);
        plan.legalBases = List.of("Kế hoạch số 1156/KH-UBND ngày 21/8/2019 của UBND huyện Kbang");
        return plan;
    }

    /** Kế hoạch 1156/KH-UBND of UBND huyện Kbang; the provincial plan it implements is not in the system. */
    private static Plan kbangPlan() {
        Plan plan = new Plan();
        plan.campaignId = KBANG_PLAN;
        plan.issuerId = KBANG;
        plan.planNumber = "1156/KH-UBND";
        plan.title = "Phong trào thi đua “Cán bộ, công chức, những người hoạt động không chuyên trách xã huyện Kbang "
                + "thi đua thực hiện văn hóa công sở” giai đoạn 2019-2025";
        plan.period = KBANG_PERIOD;
        plan.parentCampaignId = null;
        plan.awardPlan = List.of(new AwardPlanItem(CERTIFICATE_OF_MERIT, COLLECTIVE, limit(14)),
                new AwardPlanItem(ADVANCED_COLLECTIVE, COLLECTIVE, limit(7)),
                new AwardPlanItem(GRASSROOTS_EMULATION_FIGHTER, INDIVIDUAL, limit(15)),
                new AwardPlanItem(MINISTERIAL_OR_PROVINCIAL_COMMENDATION, COLLECTIVE, null));
        plan.legalBases = List.of("Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ");
        return plan;
    }

    private static Quota limit(int limit) {
        return new Quota(limit, null, null, null);
    }

    // ---- events of the Lơ Ku plan

    private static CampaignLaunched launched() {
        return loKuPlan().launched();
    }

    private static ParticipantRegistered loKuRegistered() {
        return new ParticipantRegistered(LO_KU_PLAN, REG_LO_KU, LO_KU_COLLECTIVE, COMMITMENTS);
    }

    private static ParticipantRegistered hoaRegistered() {
        return new ParticipantRegistered(LO_KU_PLAN, REG_HOA, HOA_OF_LO_KU, COMMITMENTS);
    }

    private static RegistrationWithdrawn withdrawn(RegistrationId registrationId) {
        return new RegistrationWithdrawn(LO_KU_PLAN, registrationId, "chuyển công tác");
    }

    private static ReviewOpened opened(ReviewId reviewId, ReviewKind kind, int year) {
        return new ReviewOpened(LO_KU_PLAN, reviewId, kind, year, null);
    }

    private static RegistrationEvaluated evaluated(ReviewId reviewId, int year, RegistrationId registrationId,
                                                   Participant participant, Rating rating) {
        return new RegistrationEvaluated(LO_KU_PLAN, reviewId, registrationId, participant, year, rating, Map.of(), null);
    }

    /** A review concluded without ratings or nominees. */
    private static ReviewConcluded concluded(ReviewId reviewId, ReviewKind kind, int year) {
        return new ReviewConcluded(LO_KU_PLAN, reviewId, kind, year, List.of(), List.of());
    }

    /** The plan run to its end: Hoa registered, sơ kết and tổng kết held and concluded. */
    private static List<Object> finalReviewConcluded() {
        return List.of(launched(), hoaRegistered(), opened(SO_KET, PRELIMINARY, 2022), concluded(SO_KET, PRELIMINARY, 2022),
                opened(TONG_KET, FINAL, 2025), evaluated(TONG_KET, 2025, REG_HOA, HOA_OF_LO_KU, EXCELLENT),
                new ReviewConcluded(LO_KU_PLAN, TONG_KET, FINAL, 2025,
                        List.of(evaluated(TONG_KET, 2025, REG_HOA, HOA_OF_LO_KU, EXCELLENT)), List.of()));
    }

    // ---- commands

    private static EvaluateRegistration evaluate(ReviewId reviewId, RegistrationId registrationId, Rating rating) {
        return new EvaluateRegistration(LO_KU_PLAN, reviewId, registrationId, rating, null, null);
    }

    private static Nomination nominate(RegistrationId registrationId, AwardType awardType) {
        return new Nomination(registrationId, awardType, false, null);
    }

    private static AmendCampaign amendPeriod(CampaignId campaignId, Period period) {
        return new AmendCampaign(campaignId, null, period, null, null, null, null);
    }
}
