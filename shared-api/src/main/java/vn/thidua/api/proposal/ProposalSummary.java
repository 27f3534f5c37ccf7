package vn.thidua.api.proposal;

import java.time.Instant;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.orgunit.OrgUnitId;

/**
 * A proposal in a list: its state, where it waits since when, until when ({@code dueAt}, P6; null when its arrival
 * recorded none) and whether it is past that time limit.
 */
public record ProposalSummary(ProposalId proposalId, ProposalStatus status, AwardType awardType, Participant participant,
                              OrgUnitId proposerUnit, OrgUnitId pendingAt, Instant pendingSince, Instant dueAt,
                              boolean overdue, DecisionId decisionId) {
}
