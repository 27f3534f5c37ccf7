package vn.thidua.query.title;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TitleAssessmentViews extends JpaRepository<TitleAssessmentView, String> {

    List<TitleAssessmentView> findByCampaignIdOrderByRegistrationIdAscTitleYearAsc(String campaignId);
}
