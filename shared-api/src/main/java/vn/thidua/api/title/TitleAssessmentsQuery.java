package vn.thidua.api.title;

import vn.thidua.api.Viewer;
import vn.thidua.api.campaign.CampaignId;

/** The titles registered in a plan with their self-scoring and the recognising body's scores. */
public record TitleAssessmentsQuery(Viewer viewer, CampaignId campaignId) {
}
