package vn.thidua.api.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** Refuses a proposal for good, with the reason (P3, P5). */
public record RejectProposal(@TargetAggregateIdentifier ProposalId proposalId, String reason) {

    public RejectProposal {
        Require.present(proposalId, "proposalId");
        reason = Require.optionalText(reason, "reason");
    }
}
