package vn.thidua.api.campaign;

import java.util.List;

/**
 * A plan as it stands (after its amendments), with how far it got: registrations still active and withdrawn,
 * reviews opened (concluded ones included) and concluded, progress reports it sent to the plan it implements and
 * those it received from the plans that implement it (C9).
 */
public record CampaignDetails(CampaignSummary campaign,
                              List<AwardPlanItem> awardPlan,
                              List<ScheduledReview> schedule,
                              int activeRegistrations,
                              int withdrawnRegistrations,
                              int reviewsOpened,
                              int reviewsConcluded,
                              int progressReportsSent,
                              int progressReportsReceived) {
}
