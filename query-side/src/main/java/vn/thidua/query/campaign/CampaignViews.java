package vn.thidua.query.campaign;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignViews extends JpaRepository<CampaignView, String> {

    List<CampaignView> findByParentCampaignIdOrderByPlanNumberAscCampaignIdAsc(String parentCampaignId);

    List<CampaignView> findByIssuerId(String issuerId);
}
