package vn.thidua.api.campaign;

import java.util.List;

import vn.thidua.api.orgunit.OrgUnitId;

/** What an action on a campaign answers: the campaign's state right after it. */
public record CampaignState(CampaignId campaignId,
                            OrgUnitId issuerId,
                            String planNumber,
                            Status status,
                            Period period,
                            int activeRegistrations,
                            List<ReviewState> reviews) {

    public enum Status { LAUNCHED, CLOSED, CANCELLED }

    public record ReviewState(ReviewId reviewId, ReviewKind kind, int year, boolean concluded, int evaluated,
                              int nominees) {
    }
}
