package vn.thidua.query.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewPlanViews extends JpaRepository<ReviewPlanView, String> {

    List<ReviewPlanView> findByIssuerId(String issuerId);
}
