package vn.thidua.api.campaign;

import java.util.List;

/** The plan as it stands after the amendment, whole. */
public record CampaignAmended(CampaignId campaignId,
                              String title,
                              Period period,
                              List<Target> targets,
                              List<AwardPlanItem> awardPlan,
                              List<ScheduledReview> schedule,
                              List<String> legalBases) {
}
