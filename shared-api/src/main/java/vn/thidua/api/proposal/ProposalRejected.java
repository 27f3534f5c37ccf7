package vn.thidua.api.proposal;

import vn.thidua.api.orgunit.OrgUnitId;

public record ProposalRejected(ProposalId proposalId, OrgUnitId atUnit, String reason) {
}
