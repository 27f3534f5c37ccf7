package vn.thidua.api.decision;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.proposal.ProposalId;

/**
 * One award in a decision. {@code quotaCampaignId} is the plan whose quota the grant counts against (none when no
 * plan of the deciding unit limits it); {@code proposalId} is set when it came up as a proposal; {@code ruleSetVersion}
 * names the rules its eligibility was checked under (a join may happen under a later version than the issue).
 */
public record AwardGranted(DecisionId decisionId, GrantId grantId, String decisionNumber, OrgUnitId decidingUnit,
                           int year, CampaignId campaignId, RegistrationId registrationId, Participant participant,
                           String category, AwardType awardType, CampaignId quotaCampaignId, ProposalId proposalId,
                           String ruleSetVersion) {
}
