package vn.thidua.api.campaign;

public record ReviewOpened(CampaignId campaignId, ReviewId reviewId, ReviewKind kind, int year, String title) {
}
