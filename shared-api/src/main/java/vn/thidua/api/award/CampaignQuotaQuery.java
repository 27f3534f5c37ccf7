package vn.thidua.api.award;

import vn.thidua.api.Viewer;
import vn.thidua.api.campaign.CampaignId;

/** How much of each quota of a campaign's award plan is used (D3); for the issuer's subtree and auditors. */
public record CampaignQuotaQuery(Viewer viewer, CampaignId campaignId) {
}
