package vn.thidua.query.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewViews extends JpaRepository<ReviewView, String> {

    List<ReviewView> findByCampaignIdOrderByReviewYearAscReviewIdAsc(String campaignId);
}
