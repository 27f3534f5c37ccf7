package vn.thidua.query.review;

import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.Viewer;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.query.campaign.PlanVisibility;

/** Who may read a plan's reviews: whoever sees the plan's issuer, or issued a plan implementing it (SCOPE). */
@Component
class ReviewPlanAccess {

    private final ReviewPlanViews plans;
    private final PlanVisibility visibility;

    ReviewPlanAccess(ReviewPlanViews plans, PlanVisibility visibility) {
        this.plans = plans;
        this.visibility = visibility;
    }

    ReviewPlanView requireVisible(Viewer viewer, CampaignId campaignId) {
        ReviewPlanView plan = plans.findById(campaignId.value()).orElseThrow(() ->
                RuleViolationException.notFound("C1", "campaign " + campaignId + " does not exist"));
        boolean visible = visibility.sees(viewer, plan.campaignId, plan.issuerId,
                unit -> plans.findByIssuerId(unit).stream().map(p -> p.campaignId).toList(),
                id -> plans.findById(id).map(p -> p.parentCampaignId));
        if (!visible) {
            throw RuleViolationException.forbidden("SCOPE", "campaign " + campaignId + " of " + plan.issuerId
                    + " is outside the subtree of your unit " + viewer.unitId()
                    + " and none of its plans implements it");
        }
        return plan;
    }
}
