package vn.thidua.api.proposal;

import vn.thidua.api.orgunit.OrgUnitId;

public record ProposalWithdrawn(ProposalId proposalId, OrgUnitId pendingAt, String reason) {
}
