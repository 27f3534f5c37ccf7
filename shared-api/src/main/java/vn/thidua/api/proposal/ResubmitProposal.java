package vn.thidua.api.proposal;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** The unit a proposal was returned to sends it back, amended, to the unit that returned it (P4). */
public record ResubmitProposal(@TargetAggregateIdentifier ProposalId proposalId, List<DossierItem> dossier,
                               CouncilVote vote, String remarks) {

    public ResubmitProposal {
        Require.present(proposalId, "proposalId");
        dossier = dossier == null ? null : List.copyOf(dossier);
        remarks = Require.optionalText(remarks, "remarks");
    }
}
