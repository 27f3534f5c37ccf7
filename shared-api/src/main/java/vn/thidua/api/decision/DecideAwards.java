package vn.thidua.api.decision;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.ReviewId;

/** Quyết định khen thưởng theo thẩm quyền: a unit grants awards it decides to nominees of its own review (D1). */
public record DecideAwards(@TargetAggregateIdentifier DecisionId decisionId, CampaignId campaignId, ReviewId reviewId,
                           List<DirectGrant> grants) {

    public DecideAwards {
        Require.present(decisionId, "decisionId");
        Require.present(campaignId, "campaignId");
        Require.present(reviewId, "reviewId");
        grants = grants == null ? List.of() : List.copyOf(grants);
        if (grants.isEmpty()) {
            throw new IllegalArgumentException("a decision grants at least one award");
        }
    }
}
