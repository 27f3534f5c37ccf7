package vn.thidua.api.campaign;

import vn.thidua.api.orgunit.OrgUnitId;

public record ProgressReportSubmitted(CampaignId campaignId,
                                      ProgressReportId reportId,
                                      CampaignId parentCampaignId,
                                      OrgUnitId recipientUnitId,
                                      String periodLabel,
                                      String summary) {
}
