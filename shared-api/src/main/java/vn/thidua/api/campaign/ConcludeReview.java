package vn.thidua.api.campaign;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** Concludes the open review, naming its nominees (bình xét) with the award proposed for each (C7). */
public record ConcludeReview(@TargetAggregateIdentifier CampaignId campaignId, ReviewId reviewId, List<Nomination> nominees) {

    public ConcludeReview {
        Require.present(campaignId, "campaignId");
        Require.present(reviewId, "reviewId");
        nominees = nominees == null ? List.of() : List.copyOf(nominees);
    }
}
