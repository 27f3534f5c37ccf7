package vn.thidua.api.campaign;

import vn.thidua.api.Viewer;

/** The reviews a plan opened, for whom the plan's details are visible (as {@link ReviewResultsQuery}). */
public record CampaignReviewsQuery(Viewer viewer, CampaignId campaignId) {
}
