package vn.thidua.api.title;

import java.util.List;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.proposal.ProposalId;

/**
 * Each title registered in a plan, standard by standard and criterion by criterion: the maximum, the unit's own
 * points and the recognising body's points (null until given), and where recognition stands.
 */
public record TitleAssessments(CampaignId campaignId, List<Assessment> titles) {

    public enum Outcome { REGISTERED, SELF_ASSESSED, SCORED, RECOGNISED, NOT_RECOGNISED }

    public record Assessment(RegistrationId registrationId, OrgUnitId unitId, AwardType awardType, int year,
                             String ruleSetVersion, Outcome outcome, Integer selfTotal, Integer committeeTotal,
                             OrgUnitId scoredBy, ProposalId proposalId, DecisionId decisionId,
                             List<Standard> standards) {
    }

    public record Standard(String code, String name, int maxPoints, Integer selfPoints, Integer committeePoints,
                           List<Criterion> criteria) {
    }

    public record Criterion(String code, String name, int maxPoints, Integer selfPoints, Integer committeePoints) {
    }
}
