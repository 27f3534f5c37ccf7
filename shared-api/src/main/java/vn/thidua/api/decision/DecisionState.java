package vn.thidua.api.decision;

import java.util.List;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.orgunit.OrgUnitId;

/** What an action on a decision answers. */
public record DecisionState(DecisionId decisionId, OrgUnitId decidingUnit, String decisionNumber, int year,
                            boolean revoked, List<Grant> grants) {

    public record Grant(GrantId grantId, Participant participant, AwardType awardType, String ruleSetVersion,
                        boolean revoked) {
    }
}
