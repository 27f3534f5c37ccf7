package vn.thidua.api.proposal;

import vn.thidua.api.orgunit.OrgUnitId;

public record ProposalForwarded(ProposalId proposalId, OrgUnitId fromUnit, OrgUnitId toUnit, CouncilVote vote, String remarks) {
}
