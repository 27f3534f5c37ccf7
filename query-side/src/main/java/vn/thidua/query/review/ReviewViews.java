package vn.thidua.query.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewViews extends JpaRepository<ReviewView, String> {
}
