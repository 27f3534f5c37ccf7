package vn.thidua.api.campaign;

import java.util.Map;

/** A rating given in a review; a later one for the same registration in the same review replaces it (C6). */
public record RegistrationEvaluated(CampaignId campaignId,
                                    ReviewId reviewId,
                                    RegistrationId registrationId,
                                    Participant participant,
                                    int year,
                                    Rating rating,
                                    Map<String, Integer> scores,
                                    String remarks) {
}
