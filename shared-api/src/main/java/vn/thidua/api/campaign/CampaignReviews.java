package vn.thidua.api.campaign;

import java.util.List;

/** The reviews a plan opened, by year, each open or concluded; its results are {@link ReviewResults}. */
public record CampaignReviews(CampaignId campaignId, List<Review> reviews) {

    public record Review(ReviewId reviewId, ReviewKind kind, int year, String title, ReviewResults.Status status) {
    }
}
