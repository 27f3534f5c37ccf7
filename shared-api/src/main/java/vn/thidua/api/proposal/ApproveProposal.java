package vn.thidua.api.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;
import vn.thidua.api.decision.DecisionId;

/**
 * Approves a proposal at its deciding level (P3, D2): the grant goes into decision {@code decisionId} of the
 * approving unit, which is issued with the next number if it does not exist yet, or joined if it does.
 */
public record ApproveProposal(@TargetAggregateIdentifier ProposalId proposalId, DecisionId decisionId, CouncilVote vote) {

    public ApproveProposal {
        Require.present(proposalId, "proposalId");
        Require.present(decisionId, "decisionId");
        Require.present(vote, "vote");
    }
}
