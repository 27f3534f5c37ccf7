package vn.thidua.query.campaign;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRegistrationRows extends JpaRepository<CampaignRegistrationRow, String> {

    int countByCampaignIdAndActive(String campaignId, boolean active);

    int countByCampaignIdAndActiveTrueAndEvaluatedReview(String campaignId, String evaluatedReview);
}
