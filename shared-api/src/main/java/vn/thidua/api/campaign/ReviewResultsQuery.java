package vn.thidua.api.campaign;

import vn.thidua.api.Viewer;

/** One review of a plan, for whom the plan's details are visible (see {@link CampaignDetailsQuery}). */
public record ReviewResultsQuery(Viewer viewer, CampaignId campaignId, ReviewId reviewId) {
}
