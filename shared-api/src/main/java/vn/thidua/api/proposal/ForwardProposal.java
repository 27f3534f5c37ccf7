package vn.thidua.api.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** The unit a proposal is pending at sends it on to its own parent, with its council's vote (P3). */
public record ForwardProposal(@TargetAggregateIdentifier ProposalId proposalId, CouncilVote vote, String remarks) {

    public ForwardProposal {
        Require.present(proposalId, "proposalId");
        Require.present(vote, "vote");
        remarks = Require.optionalText(remarks, "remarks");
    }
}
