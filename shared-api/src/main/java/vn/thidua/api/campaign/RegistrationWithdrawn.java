package vn.thidua.api.campaign;

public record RegistrationWithdrawn(CampaignId campaignId, RegistrationId registrationId, String reason) {
}
