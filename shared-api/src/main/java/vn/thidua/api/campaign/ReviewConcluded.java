package vn.thidua.api.campaign;

import java.util.List;

/** {@code ratings} are the final ratings of the review, the record later eligibility reads. */
public record ReviewConcluded(CampaignId campaignId,
                              ReviewId reviewId,
                              ReviewKind kind,
                              int year,
                              List<RegistrationEvaluated> ratings,
                              List<Nominee> nominees) {
}
