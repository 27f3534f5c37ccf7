package vn.thidua.api.campaign;

public record CampaignCancelled(CampaignId campaignId, String reason) {
}
