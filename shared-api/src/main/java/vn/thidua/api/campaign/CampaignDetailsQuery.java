package vn.thidua.api.campaign;

import vn.thidua.api.Viewer;

/**
 * One plan, for a viewer whose subtree holds its issuer, or whose own unit issued a plan cascaded from it (a child
 * plan's issuer reads the plan it implements).
 */
public record CampaignDetailsQuery(Viewer viewer, CampaignId campaignId) {
}
