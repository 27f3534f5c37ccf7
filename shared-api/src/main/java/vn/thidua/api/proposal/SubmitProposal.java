package vn.thidua.api.proposal;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.ReviewId;

/** A unit proposes, to its parent, an award it may not decide itself for a nominee of its concluded review (P1). */
public record SubmitProposal(@TargetAggregateIdentifier ProposalId proposalId,
                             CampaignId campaignId,
                             ReviewId reviewId,
                             RegistrationId registrationId,
                             AwardType awardType,
                             List<DossierItem> dossier,
                             CouncilVote vote) {

    public SubmitProposal {
        Require.present(proposalId, "proposalId");
        Require.present(campaignId, "campaignId");
        Require.present(reviewId, "reviewId");
        Require.present(registrationId, "registrationId");
        Require.present(awardType, "awardType");
        dossier = dossier == null ? List.of() : List.copyOf(dossier);
        Require.present(vote, "vote");
    }
}
