package vn.thidua.query.campaign;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignReviewRows extends JpaRepository<CampaignReviewRow, String> {

    int countByCampaignId(String campaignId);

    int countByCampaignIdAndConcludedTrue(String campaignId);

    Optional<CampaignReviewRow> findFirstByCampaignIdOrderByOpenedSequenceDesc(String campaignId);
}
