package vn.thidua.command.award;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.decision.AwardGranted;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.DecisionIssued;
import vn.thidua.api.decision.DecisionRevoked;
import vn.thidua.api.decision.DecisionState;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.decision.GrantRevoked;
import vn.thidua.api.decision.RevokeDecision;
import vn.thidua.api.decision.RevokeGrant;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.command.orgunit.UnitAuthorization;
import vn.thidua.command.orgunit.UnitDirectory;

/**
 * A quyết định khen thưởng of one unit (D1, D2, D4): numbered once, when issued; grants join it; a revocation
 * keeps everything and marks it, so the register still shows what was decided and undone.
 */
@Aggregate
class AwardDecision {

    @AggregateIdentifier
    private DecisionId decisionId;
    private OrgUnitId decidingUnit;
    private int year;
    private String decisionNumber;
    private boolean revoked;
    private final Map<GrantId, Grant> grants = new LinkedHashMap<>();

    private record Grant(GrantId grantId, CampaignId campaignId, Participant participant, String category,
                         AwardType awardType, CampaignId quotaCampaignId, String ruleSetVersion, boolean revoked) {
    }

    AwardDecision() {
    }

    AwardDecision(DecisionId decisionId, OrgUnitId decidingUnit, int year, int number, String decisionNumber,
                  String ruleSetVersion) {
        apply(new DecisionIssued(decisionId, decidingUnit, year, number, decisionNumber, ruleSetVersion));
    }

    /** D2: a grant joins only a live decision of the same unit and year. */
    void requireJoinable(OrgUnitId unit, int atYear) {
        if (!decidingUnit.equals(unit)) {
            throw RuleViolationException.conflict("D2", "decision " + decisionId + " (" + decisionNumber + ") belongs to "
                    + decidingUnit + ", not to " + unit);
        }
        if (year != atYear) {
            throw RuleViolationException.conflict("D2", "decision " + decisionNumber + " is of " + year
                    + "; a grant of " + atYear + " goes into a decision of " + atYear);
        }
        if (revoked) {
            throw RuleViolationException.conflict("D2", "decision " + decisionNumber + " was revoked");
        }
    }

    void grant(GrantId grantId, Decisions.NewGrant grant, CampaignId quotaCampaignId, String ruleSetVersion) {
        if (grants.containsKey(grantId)) {
            throw RuleViolationException.conflict("D2", "grant " + grantId + " is already in decision " + decisionNumber);
        }
        apply(new AwardGranted(decisionId, grantId, decisionNumber, decidingUnit, year, grant.campaignId(),
                grant.registrationId(), grant.participant(), grant.category(), grant.awardType(), quotaCampaignId,
                grant.proposalId(), ruleSetVersion));
    }

    @CommandHandler
    DecisionState handle(RevokeDecision command, UnitDirectory units,
                         @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireRevocable(units, actorUnit, command.reason());
        if (revoked) {
            throw RuleViolationException.conflict("D4", "decision " + decisionNumber + " is already revoked");
        }
        grants.values().stream().filter(g -> !g.revoked()).forEach(g -> revokeGrant(g, command.reason()));
        apply(new DecisionRevoked(decisionId, command.reason()));
        return state();
    }

    @CommandHandler
    DecisionState handle(RevokeGrant command, UnitDirectory units,
                         @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireRevocable(units, actorUnit, command.reason());
        Grant grant = grants.get(command.grantId());
        if (grant == null) {
            throw RuleViolationException.notFound("D4", "decision " + decisionNumber + " has no grant " + command.grantId());
        }
        if (grant.revoked()) {
            throw RuleViolationException.conflict("D4", "grant " + command.grantId() + " is already revoked");
        }
        revokeGrant(grant, command.reason());
        return state();
    }

    /** The issuing unit, or the unit it was merged into, revokes. */
    private void requireRevocable(UnitDirectory units, String actorUnit, String reason) {
        UnitAuthorization.requireActingFor(actorUnit, units.survivorOf(decidingUnit), "D4",
                "only " + decidingUnit + ", which issued " + decisionNumber + ", revokes it");
        if (reason == null) {
            throw RuleViolationException.conflict("D4", "a revocation needs its reason");
        }
    }

    private void revokeGrant(Grant grant, String reason) {
        apply(new GrantRevoked(decisionId, grant.grantId(), grant.campaignId(), grant.participant(), grant.category(),
                grant.awardType(), grant.quotaCampaignId(), reason));
    }

    int grantCount() {
        return grants.size();
    }

    DecisionState state() {
        List<DecisionState.Grant> list = grants.values().stream()
                .map(g -> new DecisionState.Grant(g.grantId(), g.participant(), g.awardType(), g.ruleSetVersion(),
                        g.revoked())).toList();
        return new DecisionState(decisionId, decidingUnit, decisionNumber, year, revoked, list);
    }

    @EventSourcingHandler
    void on(DecisionIssued event) {
        decisionId = event.decisionId();
        decidingUnit = event.decidingUnit();
        year = event.year();
        decisionNumber = event.decisionNumber();
    }

    @EventSourcingHandler
    void on(AwardGranted event) {
        grants.put(event.grantId(), new Grant(event.grantId(), event.campaignId(), event.participant(), event.category(),
                event.awardType(), event.quotaCampaignId(), event.ruleSetVersion(), false));
    }

    @EventSourcingHandler
    void on(GrantRevoked event) {
        grants.computeIfPresent(event.grantId(), (id, g) -> new Grant(id, g.campaignId(), g.participant(), g.category(),
                g.awardType(), g.quotaCampaignId(), g.ruleSetVersion(), true));
    }

    @EventSourcingHandler
    void on(DecisionRevoked event) {
        revoked = true;
    }
}
