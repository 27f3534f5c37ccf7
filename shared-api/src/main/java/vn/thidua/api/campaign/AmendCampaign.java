package vn.thidua.api.campaign;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** Amends the plan before its first review opens (C3); each part left out stays as it is. */
public record AmendCampaign(@TargetAggregateIdentifier CampaignId campaignId,
                            String title,
                            Period period,
                            List<Target> targets,
                            List<AwardPlanItem> awardPlan,
                            List<ScheduledReview> schedule,
                            List<String> legalBases) {

    public AmendCampaign {
        Require.present(campaignId, "campaignId");
        title = Require.optionalText(title, "title");
        targets = targets == null ? null : List.copyOf(targets);
        awardPlan = awardPlan == null ? null : List.copyOf(awardPlan);
        schedule = schedule == null ? null : List.copyOf(schedule);
        legalBases = legalBases == null ? null : List.copyOf(legalBases);
    }
}
