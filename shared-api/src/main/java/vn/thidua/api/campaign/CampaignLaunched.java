package vn.thidua.api.campaign;

import java.util.List;

import vn.thidua.api.orgunit.OrgUnitId;

public record CampaignLaunched(CampaignId campaignId,
                               OrgUnitId issuerId,
                               String planNumber,
                               String title,
                               Period period,
                               CampaignId parentCampaignId,
                               List<Target> targets,
                               List<AwardPlanItem> awardPlan,
                               List<ScheduledReview> schedule,
                               List<String> legalBases) {
}
