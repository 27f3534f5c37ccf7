package vn.thidua.api.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** Cancels a campaign, with the reason (C8). */
public record CancelCampaign(@TargetAggregateIdentifier CampaignId campaignId, String reason) {

    public CancelCampaign {
        Require.present(campaignId, "campaignId");
        reason = Require.optionalText(reason, "reason");
    }
}
