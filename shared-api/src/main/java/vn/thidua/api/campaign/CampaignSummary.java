package vn.thidua.api.campaign;

import vn.thidua.api.orgunit.OrgUnitId;

/** A plan in a list: who issued it under which number, for when, and which higher plan it implements. */
public record CampaignSummary(CampaignId campaignId,
                              OrgUnitId issuerId,
                              String planNumber,
                              String title,
                              Period period,
                              CampaignState.Status status,
                              CampaignId parentCampaignId) {
}
