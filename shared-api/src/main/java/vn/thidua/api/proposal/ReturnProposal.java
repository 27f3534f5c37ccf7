package vn.thidua.api.proposal;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** Trả lại để bổ sung: back to the unit that sent it, with the reason and what is missing (P3). */
public record ReturnProposal(@TargetAggregateIdentifier ProposalId proposalId, String reason, List<String> missingItems) {

    public ReturnProposal {
        Require.present(proposalId, "proposalId");
        reason = Require.optionalText(reason, "reason");
        missingItems = missingItems == null ? List.of() : missingItems.stream().map(i -> Require.text(i, "missingItem")).toList();
    }
}
