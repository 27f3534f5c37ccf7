package vn.thidua.query.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRatingViews extends JpaRepository<ReviewRatingView, String> {

    List<ReviewRatingView> findByCampaignIdAndReviewIdOrderByRegistrationId(String campaignId, String reviewId);
}
