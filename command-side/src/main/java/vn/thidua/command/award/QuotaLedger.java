package vn.thidua.command.award;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.TargetKind;

/** How many grants each quota of a plan has taken (D3); read by amendments, which may not go below it (C3). */
public interface QuotaLedger {

    int used(CampaignId campaignId, AwardType awardType, TargetKind targetKind);
}
