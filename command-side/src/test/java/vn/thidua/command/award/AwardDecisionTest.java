package vn.thidua.command.award;

import static vn.thidua.api.RuleViolation.Kind.CONFLICT;
import static vn.thidua.api.RuleViolation.Kind.FORBIDDEN;
import static vn.thidua.api.RuleViolation.Kind.NOT_FOUND;
import static vn.thidua.api.award.AwardType.CERTIFICATE_OF_MERIT;
import static vn.thidua.api.award.AwardType.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.command.testing.ActingFor.actingFor;
import static vn.thidua.command.testing.RuleViolations.violation;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.decision.AwardGranted;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.DecisionIssued;
import vn.thidua.api.decision.DecisionRevoked;
import vn.thidua.api.decision.DecisionState;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.decision.GrantRevoked;
import vn.thidua.api.decision.RevokeDecision;
import vn.thidua.api.decision.RevokeGrant;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.UnitKind;
import vn.thidua.api.person.PersonId;
import vn.thidua.api.proposal.ProposalId;
import vn.thidua.command.testing.InMemoryUnitDirectory;

/**
 * D4 on the {@link AwardDecision} aggregate: decision 1/QĐ-LĐTBXH of Phòng LĐTBXH Vị Xuyên (seed 001), with a Giấy
 * khen decided within its authority and a Chiến sĩ thi đua cơ sở approved from a proposal. Issuing and granting
 * are not command handlers of the aggregate ({@link Decisions} drives them), so the decision is given as events.
 */
class AwardDecisionTest {

    private static final OrgUnitId SO_HA_GIANG = new OrgUnitId("so-ldtbxh-ha-giang");
    private static final OrgUnitId VI_XUYEN = new OrgUnitId("phong-ldtbxh-vi-xuyen");
    private static final OrgUnitId TRUNG_TAM = new OrgUnitId("trung-tam-gdnn-vi-xuyen");
    private static final OrgUnitId BAC_QUANG = new OrgUnitId("phong-ldtbxh-bac-quang");

    private static final CampaignId VI_XUYEN_PLAN = new CampaignId("vx-2022");
    private static final CampaignId TRUNG_TAM_PLAN = new CampaignId("tt-gdnn-vx-2022");

    private static final DecisionId DECISION = new DecisionId("qd-vx-2025-1");
    private static final String NUMBER = "1/QĐ-LĐTBXH";

    /** Giấy khen for Trung tâm GDNN, decided by Vị Xuyên within its authority, counted in Vị Xuyên's plan. */
    private static final GrantId MERIT = new GrantId("qd-vx-2025-1-1");
    /** Chiến sĩ thi đua cơ sở for Hoa, approved from a proposal of Trung tâm GDNN. */
    private static final GrantId FIGHTER = new GrantId("de-xuat-cstdcs-hoa");
    /** Chiến sĩ thi đua cơ sở for Tuấn. */
    private static final GrantId FIGHTER_TUAN = new GrantId("de-xuat-cstdcs-tuan");

    private static final Participant TRUNG_TAM_COLLECTIVE = Participant.collective(TRUNG_TAM);
    private static final Participant HOA = Participant.individual(new PersonId("nguyen-thi-hoa"), TRUNG_TAM);
    private static final Participant TUAN = Participant.individual(new PersonId("lo-van-tuan"), TRUNG_TAM);

    private static final String REASON = "Phát hiện kê khai thành tích không trung thực";

    private FixtureConfiguration<AwardDecision> fixture;
    /** Only merges matter to D4; every unit stands for itself until a test merges it away. */
    private InMemoryUnitDirectory units;

    @BeforeEach
    void setUp() {
        units = new InMemoryUnitDirectory();
        for (OrgUnitId unit : List.of(SO_HA_GIANG, VI_XUYEN, TRUNG_TAM, BAC_QUANG)) {
            units.add(unit, unit.value(), "X", Level.DISTRICT, UnitKind.DEPARTMENT, null, Set.of());
        }
        fixture = new AggregateTestFixture<>(AwardDecision.class);
        fixture.registerInjectableResource(units);
    }

    // ---- D4: revoking one grant

    @Test
    void D4_revoke_grant_is_an_event_with_the_grant_details() {
        fixture.given(issued(), grantedMerit(), grantedFighter(FIGHTER, HOA))
                .when(new RevokeGrant(DECISION, FIGHTER, REASON), actingFor(VI_XUYEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GrantRevoked(DECISION, FIGHTER, VI_XUYEN_PLAN, HOA, "EDUCATION",
                        GRASSROOTS_EMULATION_FIGHTER, VI_XUYEN_PLAN, REASON))
                .expectResultMessagePayload(new DecisionState(DECISION, VI_XUYEN, NUMBER, 2025, false, List.of(
                        new DecisionState.Grant(MERIT, TRUNG_TAM_COLLECTIVE, CERTIFICATE_OF_MERIT, "2025.1", false),
                        new DecisionState.Grant(FIGHTER, HOA, GRASSROOTS_EMULATION_FIGHTER, "2025.1", true))));
    }

    @Test
    void D4_survivor_of_a_merged_issuing_unit_revokes() {
        units.merge(VI_XUYEN, BAC_QUANG);
        fixture.given(issued(), grantedMerit(), grantedFighter(FIGHTER, HOA))
                .when(new RevokeGrant(DECISION, FIGHTER, REASON), actingFor(BAC_QUANG))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GrantRevoked(DECISION, FIGHTER, VI_XUYEN_PLAN, HOA, "EDUCATION",
                        GRASSROOTS_EMULATION_FIGHTER, VI_XUYEN_PLAN, REASON));
    }

    @Test
    void D4_revoking_a_grant_outside_any_quota_names_no_quota() {
        fixture.given(issued(), grantedMerit())
                .when(new RevokeGrant(DECISION, MERIT, REASON), actingFor(VI_XUYEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GrantRevoked(DECISION, MERIT, TRUNG_TAM_PLAN, TRUNG_TAM_COLLECTIVE, null,
                        CERTIFICATE_OF_MERIT, null, REASON));
    }

    // ---- D4: revoking the whole decision

    @Test
    void D4_revoke_decision_revokes_every_live_grant_then_the_decision() {
        fixture.given(issued(), grantedMerit(), grantedFighter(FIGHTER, HOA), grantedFighter(FIGHTER_TUAN, TUAN),
                        new GrantRevoked(DECISION, FIGHTER, VI_XUYEN_PLAN, HOA, "EDUCATION", GRASSROOTS_EMULATION_FIGHTER,
                                VI_XUYEN_PLAN, "Thu hồi trước"))
                .when(new RevokeDecision(DECISION, REASON), actingFor(VI_XUYEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new GrantRevoked(DECISION, MERIT, TRUNG_TAM_PLAN, TRUNG_TAM_COLLECTIVE, null,
                                CERTIFICATE_OF_MERIT, null, REASON),
                        new GrantRevoked(DECISION, FIGHTER_TUAN, VI_XUYEN_PLAN, TUAN, "EDUCATION",
                                GRASSROOTS_EMULATION_FIGHTER, VI_XUYEN_PLAN, REASON),
                        new DecisionRevoked(DECISION, REASON))
                .expectResultMessagePayload(new DecisionState(DECISION, VI_XUYEN, NUMBER, 2025, true, List.of(
                        new DecisionState.Grant(MERIT, TRUNG_TAM_COLLECTIVE, CERTIFICATE_OF_MERIT, "2025.1", true),
                        new DecisionState.Grant(FIGHTER, HOA, GRASSROOTS_EMULATION_FIGHTER, "2025.1", true),
                        new DecisionState.Grant(FIGHTER_TUAN, TUAN, GRASSROOTS_EMULATION_FIGHTER, "2025.1", true))));
    }

    // ---- D4: who and why

    static Stream<Arguments> revocationsByOtherUnits() {
        return Stream.of(
                Arguments.of(new RevokeGrant(DECISION, FIGHTER, REASON), TRUNG_TAM),
                Arguments.of(new RevokeGrant(DECISION, FIGHTER, REASON), BAC_QUANG),
                Arguments.of(new RevokeGrant(DECISION, FIGHTER, REASON), SO_HA_GIANG),
                Arguments.of(new RevokeDecision(DECISION, REASON), TRUNG_TAM),
                Arguments.of(new RevokeDecision(DECISION, REASON), BAC_QUANG),
                Arguments.of(new RevokeDecision(DECISION, REASON), SO_HA_GIANG));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("revocationsByOtherUnits")
    void D4_only_the_issuing_unit_revokes(Object command, OrgUnitId actor) {
        fixture.given(issued(), grantedMerit(), grantedFighter(FIGHTER, HOA))
                .when(command, actingFor(actor))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("D4", FORBIDDEN, "only " + VI_XUYEN + ", which issued " + NUMBER
                        + ", revokes it (you act for " + actor + ")"));
    }

    static Stream<Object> revocationsWithoutReason() {
        return Stream.of(new RevokeGrant(DECISION, FIGHTER, null), new RevokeGrant(DECISION, FIGHTER, "  "),
                new RevokeDecision(DECISION, null), new RevokeDecision(DECISION, "  "));
    }

    @ParameterizedTest
    @MethodSource("revocationsWithoutReason")
    void D4_revocation_needs_a_reason(Object command) {
        fixture.given(issued(), grantedMerit(), grantedFighter(FIGHTER, HOA))
                .when(command, actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("D4", CONFLICT, "a revocation needs its reason"));
    }

    // ---- D4: nothing twice, nothing unknown

    @Test
    void D4_revoked_grant_is_not_revoked_again() {
        fixture.given(issued(), grantedMerit(), grantedFighter(FIGHTER, HOA),
                        new GrantRevoked(DECISION, FIGHTER, VI_XUYEN_PLAN, HOA, "EDUCATION", GRASSROOTS_EMULATION_FIGHTER,
                                VI_XUYEN_PLAN, REASON))
                .when(new RevokeGrant(DECISION, FIGHTER, "Lần nữa"), actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("D4", CONFLICT, "grant " + FIGHTER + " is already revoked"));
    }

    @Test
    void D4_unknown_grant_is_not_found() {
        GrantId unknown = new GrantId("qd-vx-2025-1-9");

        fixture.given(issued(), grantedMerit())
                .when(new RevokeGrant(DECISION, unknown, REASON), actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("D4", NOT_FOUND, "decision " + NUMBER + " has no grant " + unknown));
    }

    @Test
    void D4_revoked_decision_is_not_revoked_again() {
        fixture.given(issued(), grantedMerit(),
                        new GrantRevoked(DECISION, MERIT, TRUNG_TAM_PLAN, TRUNG_TAM_COLLECTIVE, null,
                                CERTIFICATE_OF_MERIT, null, REASON),
                        new DecisionRevoked(DECISION, REASON))
                .when(new RevokeDecision(DECISION, "Lần nữa"), actingFor(VI_XUYEN))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("D4", CONFLICT, "decision " + NUMBER + " is already revoked"));
    }

    // ---- events

    private static DecisionIssued issued() {
        return new DecisionIssued(DECISION, VI_XUYEN, 2025, 1, NUMBER, "2025.1");
    }

    /** Within Vị Xuyên's authority (D1); no plan of Vị Xuyên limits it, so it counts in no quota. */
    private static AwardGranted grantedMerit() {
        return new AwardGranted(DECISION, MERIT, NUMBER, VI_XUYEN, 2025, TRUNG_TAM_PLAN,
                new RegistrationId("dk-trung-tam-gdnn"), TRUNG_TAM_COLLECTIVE, null, CERTIFICATE_OF_MERIT, null, null, "2025.1");
    }

    /** Approved from a proposal (D2), counted in Vị Xuyên's plan, the ancestor of the proposer's plan. */
    private static AwardGranted grantedFighter(GrantId grantId, Participant participant) {
        return new AwardGranted(DECISION, grantId, NUMBER, VI_XUYEN, 2025, VI_XUYEN_PLAN,
                new RegistrationId("dk-" + participant.personId().value()), participant, "EDUCATION",
                GRASSROOTS_EMULATION_FIGHTER, VI_XUYEN_PLAN, new ProposalId(grantId.value()), "2025.1");
    }
}
