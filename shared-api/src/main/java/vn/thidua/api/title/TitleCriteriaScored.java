package vn.thidua.api.title;

import java.util.Map;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.proposal.ProposalId;

/** The recognising body's points per registered criterion, on the proposal pending at it (T2). */
public record TitleCriteriaScored(ProposalId proposalId,
                                  OrgUnitId scoringUnit,
                                  CampaignId campaignId,
                                  RegistrationId registrationId,
                                  AwardType awardType,
                                  int year,
                                  Map<String, Integer> scores,
                                  int total,
                                  String remarks) {
}
