package vn.thidua.query.title;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TitleCriterionViews extends JpaRepository<TitleCriterionView, String> {

    List<TitleCriterionView> findByAssessmentKeyOrderByPosition(String assessmentKey);
}
