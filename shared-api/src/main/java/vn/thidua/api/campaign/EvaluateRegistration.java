package vn.thidua.api.campaign;

import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** Xếp loại of one registration in the open review, optionally with a score per criterion code (C6). */
public record EvaluateRegistration(@TargetAggregateIdentifier CampaignId campaignId,
                                   ReviewId reviewId,
                                   RegistrationId registrationId,
                                   Rating rating,
                                   Map<String, Integer> scores,
                                   String remarks) {

    public EvaluateRegistration {
        Require.present(campaignId, "campaignId");
        Require.present(reviewId, "reviewId");
        Require.present(registrationId, "registrationId");
        Require.present(rating, "rating");
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        remarks = Require.optionalText(remarks, "remarks");
    }
}
