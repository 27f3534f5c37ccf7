package vn.thidua.api.campaign;

import vn.thidua.api.Viewer;

/** A plan and every plan cascaded from it, recursively; visible to whom its details are (see {@link CampaignDetailsQuery}). */
public record CampaignTreeQuery(Viewer viewer, CampaignId campaignId) {
}
