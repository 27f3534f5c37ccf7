package vn.thidua.api.proposal;

import java.time.Instant;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.orgunit.OrgUnitId;

/** A proposal in a list: its state, where it waits since when, and whether it is past its time limit (P6). */
public record ProposalSummary(ProposalId proposalId, ProposalStatus status, AwardType awardType, Participant participant,
                              OrgUnitId proposerUnit, OrgUnitId pendingAt, Instant pendingSince, boolean overdue,
                              DecisionId decisionId) {
}
