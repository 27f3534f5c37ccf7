package vn.thidua.query.review;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignReviews;
import vn.thidua.api.campaign.CampaignReviewsQuery;
import vn.thidua.api.campaign.ReviewId;

/** The reviews a plan opened, read from the review-results view, for whom may read their results. */
@Component
class CampaignReviewList {

    private final ReviewPlanAccess access;
    private final ReviewViews reviews;

    CampaignReviewList(ReviewPlanAccess access, ReviewViews reviews) {
        this.access = access;
        this.reviews = reviews;
    }

    @QueryHandler
    CampaignReviews handle(CampaignReviewsQuery query) {
        ReviewPlanView plan = access.requireVisible(query.viewer(), query.campaignId());
        return new CampaignReviews(new CampaignId(plan.campaignId),
                reviews.findByCampaignIdOrderByReviewYearAscReviewIdAsc(plan.campaignId).stream()
                        .map(review -> new CampaignReviews.Review(new ReviewId(review.reviewId), review.kind,
                                review.reviewYear, review.title, review.status))
                        .toList());
    }
}
