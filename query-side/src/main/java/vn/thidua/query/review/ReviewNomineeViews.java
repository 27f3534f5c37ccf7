package vn.thidua.query.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewNomineeViews extends JpaRepository<ReviewNomineeView, String> {

    List<ReviewNomineeView> findByCampaignIdAndReviewIdOrderByNomineeIndex(String campaignId, String reviewId);
}
