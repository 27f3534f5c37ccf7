package vn.thidua.api.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** Withdraws a registration before the final review opens (C4). */
public record WithdrawRegistration(@TargetAggregateIdentifier CampaignId campaignId,
                                   RegistrationId registrationId,
                                   String reason) {

    public WithdrawRegistration {
        Require.present(campaignId, "campaignId");
        Require.present(registrationId, "registrationId");
        reason = Require.optionalText(reason, "reason");
    }
}
