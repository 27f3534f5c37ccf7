package vn.thidua.api.proposal;

import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.orgunit.OrgUnitId;

public record ProposalApproved(ProposalId proposalId, OrgUnitId atUnit, CouncilVote vote, DecisionId decisionId,
                               GrantId grantId, String ruleSetVersion) {
}
