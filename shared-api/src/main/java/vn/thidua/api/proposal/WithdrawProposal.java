package vn.thidua.api.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** The proposing unit takes back a proposal not yet decided (P4). */
public record WithdrawProposal(@TargetAggregateIdentifier ProposalId proposalId, String reason) {

    public WithdrawProposal {
        Require.present(proposalId, "proposalId");
        reason = Require.optionalText(reason, "reason");
    }
}
