package vn.thidua.api.campaign;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;
import vn.thidua.api.orgunit.OrgUnitId;

/**
 * Phát động: a unit launches its plan (C1), possibly implementing a higher unit's plan {@code parentCampaignId}
 * (C2). {@code legalBases} are the documents it implements ("Kế hoạch số 1156/KH-UBND ngày 21/8/2019 …").
 */
public record LaunchCampaign(@TargetAggregateIdentifier CampaignId campaignId,
                             OrgUnitId issuerId,
                             String planNumber,
                             String title,
                             Period period,
                             CampaignId parentCampaignId,
                             List<Target> targets,
                             List<AwardPlanItem> awardPlan,
                             List<ScheduledReview> schedule,
                             List<String> legalBases) {

    public LaunchCampaign {
        Require.present(campaignId, "campaignId");
        Require.present(issuerId, "issuerId");
        planNumber = Require.text(planNumber, "planNumber");
        title = Require.text(title, "title");
        Require.present(period, "period");
        targets = targets == null ? List.of() : List.copyOf(targets);
        awardPlan = awardPlan == null ? List.of() : List.copyOf(awardPlan);
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
    }
}
