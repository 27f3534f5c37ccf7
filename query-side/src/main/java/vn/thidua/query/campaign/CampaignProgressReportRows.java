package vn.thidua.query.campaign;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignProgressReportRows extends JpaRepository<CampaignProgressReportRow, String> {

    int countByCampaignId(String campaignId);

    int countByParentCampaignId(String parentCampaignId);
}
