package vn.thidua.command.award;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.decision.DecideAwards;
import vn.thidua.api.decision.DecisionState;
import vn.thidua.api.decision.DirectGrant;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.command.campaign.CampaignDirectory;
import vn.thidua.command.orgunit.UnitAuthorization;
import vn.thidua.command.orgunit.UnitDirectory;
import vn.thidua.command.person.PersonDirectory;
import vn.thidua.command.proposal.NomineeClaims;
import vn.thidua.command.proposal.NomineeDirectory;
import vn.thidua.command.rules.RuleSets;
import vn.thidua.command.rules.RuleSet;

/** D1: a unit decides, within its own authority, awards for nominees of its own concluded review. */
@Component
class DirectDecisions {

    private final Decisions decisions;
    private final CampaignDirectory campaigns;
    private final UnitDirectory units;
    private final PersonDirectory persons;
    private final NomineeDirectory nominees;
    private final NomineeClaims claims;
    private final RuleSets rules;

    DirectDecisions(Decisions decisions, CampaignDirectory campaigns, UnitDirectory units, PersonDirectory persons,
                    NomineeDirectory nominees, NomineeClaims claims, RuleSets rules) {
        this.rules = rules;
        this.decisions = decisions;
        this.campaigns = campaigns;
        this.units = units;
        this.persons = persons;
        this.nominees = nominees;
        this.claims = claims;
    }

    @CommandHandler
    DecisionState handle(DecideAwards command, @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        OrgUnitId unit = campaigns.find(command.campaignId()).map(CampaignDirectory.Entry::issuerId).orElseThrow(() ->
                RuleViolationException.notFound("D1", "campaign " + command.campaignId() + " does not exist"));
        UnitAuthorization.requireActingFor(actorUnit, unit, "D1",
                "only " + unit + " decides on the nominees of its own reviews");
        UnitDirectory.Entry decider = units.find(unit).orElseThrow();
        RuleSet inForce = rules.inForce();
        List<Decisions.NewGrant> grants = new ArrayList<>();
        for (DirectGrant grant : command.grants()) {
            if (!decider.authority().contains(grant.awardType())) {
                throw RuleViolationException.conflict("D1", unit + " does not decide " + grant.awardType()
                        + "; it proposes it to the unit above");
            }
            NomineeDirectory.Entry nominee = nominees.find(command.campaignId(), command.reviewId(),
                    grant.registrationId(), grant.awardType()).orElseThrow(() -> RuleViolationException.conflict("D1",
                    "registration " + grant.registrationId() + " was not named for " + grant.awardType() + " when review "
                            + command.reviewId() + " concluded"));
            decisions.requireEligible(inForce, "D1", new Decisions.Nominee(nominee.participant(), grant.awardType(),
                    nominee.rating(), nominee.year(), nominee.outstanding()));
            claims.holder(command.campaignId(), nominee.participant(), grant.awardType()).ifPresent(holder -> {
                throw RuleViolationException.conflict("P7", nominee.participant().key() + " is already proposed for or"
                        + " granted " + grant.awardType() + " in campaign " + command.campaignId() + " (" + holder + ")");
            });
            grants.add(new Decisions.NewGrant(command.campaignId(), grant.registrationId(), nominee.participant(),
                    Categories.of(nominee.participant(), units, persons), grant.awardType(), null));
        }
        return decisions.grant(inForce, command.decisionId(), unit, grants, decisions.nextGrantIds(command.decisionId(), grants.size()));
    }
}
