package vn.thidua.command.proposal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.proposal.ApproveProposal;
import vn.thidua.api.proposal.ProposalState;
import vn.thidua.command.award.Decisions;
import vn.thidua.command.orgunit.UnitDirectory;
import vn.thidua.command.rules.RuleSets;
import vn.thidua.command.rules.RuleSet;
import vn.thidua.command.title.TitleSchemes;

/**
 * Approval touches two aggregates in one transaction: the proposal (P2, P3, P5) and the decision it joins or issues
 * (D2), with eligibility checked again (P1) and the quota taken (D3) before anything is kept.
 */
@Component
class ProposalApproval {

    private final Repository<AwardProposal> proposals;
    private final Decisions decisions;
    private final NomineeDirectory nominees;
    private final UnitDirectory units;
    private final RuleSets rules;
    private final DeadlineManager deadlines;

    ProposalApproval(Repository<AwardProposal> proposals, Decisions decisions, NomineeDirectory nominees,
                     UnitDirectory units, RuleSets rules, DeadlineManager deadlines) {
        this.proposals = proposals;
        this.decisions = decisions;
        this.nominees = nominees;
        this.units = units;
        this.rules = rules;
        this.deadlines = deadlines;
    }

    @CommandHandler
    ProposalState handle(ApproveProposal command, @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        RuleSet inForce = rules.inForce();
        Aggregate<AwardProposal> proposal = proposals.load(command.proposalId().value());
        OrgUnitId approver = proposal.invoke(p -> p.requireApprovable(units, inForce.dossier(), command.vote(), actorUnit));
        AwardProposal.Nominee nominee = proposal.invoke(AwardProposal::nominee);
        NomineeDirectory.Entry reviewed = nominees.find(nominee.campaignId(), nominee.reviewId(),
                nominee.registrationId(), nominee.awardType()).orElseThrow();
        Optional<TitleSchemes.Scheme> scheme = inForce.titleScoring().schemeFor(nominee.awardType());
        if (scheme.isPresent()) {
            requirePass(scheme.get(), proposal.invoke(AwardProposal::titleScores), nominee, inForce);
        } else {
            decisions.requireEligible(inForce, "P1", new Decisions.Nominee(nominee.participant(), nominee.awardType(),
                    reviewed.rating(), reviewed.year(), reviewed.outstanding()));
        }
        GrantId grantId = new GrantId(command.proposalId().value());
        decisions.grant(inForce, command.decisionId(), approver, List.of(new Decisions.NewGrant(nominee.campaignId(),
                nominee.registrationId(), nominee.participant(), nominee.category(), nominee.awardType(),
                command.proposalId())), List.of(grantId));
        proposal.execute(p -> p.approve(approver, command.vote(), command.decisionId(), grantId, inForce.version().value(),
                deadlines));
        return proposal.invoke(AwardProposal::state);
    }

    /** T3: a title scored on its criteria is recognised only on the recognising body's points, and only on a pass. */
    private static void requirePass(TitleSchemes.Scheme scheme, Map<String, Integer> scores, AwardProposal.Nominee nominee,
                                    RuleSet inForce) {
        if (scores.isEmpty()) {
            throw RuleViolationException.conflict("T3", nominee.awardType() + " is recognised on the recognising body's "
                    + "scores of the registered criteria; none were given for " + nominee.participant().key());
        }
        List<String> shortfalls = scheme.shortfalls(scores);
        if (!shortfalls.isEmpty()) {
            throw RuleViolationException.conflict("T3", nominee.participant().key() + " does not reach the pass of "
                    + nominee.awardType() + " (rules " + inForce.version() + "): " + String.join("; ", shortfalls));
        }
    }
}
