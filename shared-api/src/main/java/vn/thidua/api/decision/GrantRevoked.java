package vn.thidua.api.decision;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;

/** The grant no longer counts: not in a quota, not in anyone's achievement record; it stays in the register. */
public record GrantRevoked(DecisionId decisionId, GrantId grantId, CampaignId campaignId, Participant participant,
                           String category, AwardType awardType, CampaignId quotaCampaignId, String reason) {
}
