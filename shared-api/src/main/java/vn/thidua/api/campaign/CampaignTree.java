package vn.thidua.api.campaign;

import java.util.List;

import vn.thidua.api.orgunit.OrgUnitId;

/** A plan of a cascade with its progress, and the plans that implement it (only those the viewer may see). */
public record CampaignTree(CampaignId campaignId,
                           OrgUnitId issuerId,
                           String planNumber,
                           CampaignState.Status status,
                           Progress progress,
                           List<CampaignTree> children) {

    /**
     * Active registrations; of them, those rated in the latest review opened; reviews concluded out of those the
     * plan schedules.
     */
    public record Progress(int registrations, int evaluatedInLatestReview, int concludedReviews, int scheduledReviews) {
    }
}
