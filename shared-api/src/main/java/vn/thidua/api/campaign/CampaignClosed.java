package vn.thidua.api.campaign;

public record CampaignClosed(CampaignId campaignId) {
}
