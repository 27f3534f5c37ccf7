package vn.thidua.api.proposal;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.orgunit.OrgUnitId;

/** What an action on a proposal answers: where it stands right after. */
public record ProposalState(ProposalId proposalId, ProposalStatus status, AwardType awardType, Participant participant,
                            OrgUnitId proposerUnit, OrgUnitId pendingAt, int hops, DecisionId decisionId) {
}
