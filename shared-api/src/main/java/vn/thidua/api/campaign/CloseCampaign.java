package vn.thidua.api.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** Closes a campaign whose final review concluded (C8). */
public record CloseCampaign(@TargetAggregateIdentifier CampaignId campaignId) {

    public CloseCampaign {
        Require.present(campaignId, "campaignId");
    }
}
