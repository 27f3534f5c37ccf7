package vn.thidua.api.proposal;

import java.time.Instant;

import vn.thidua.api.orgunit.OrgUnitId;

/** P6: the proposal stayed at {@code pendingAt} past its time limit of {@code workingDays}, due at {@code dueAt}. */
public record ProposalOverdue(ProposalId proposalId, OrgUnitId pendingAt, int workingDays, Instant dueAt) {
}
