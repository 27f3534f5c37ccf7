package vn.thidua.api.proposal;

import java.util.List;

import vn.thidua.api.orgunit.OrgUnitId;

public record ProposalReturned(ProposalId proposalId, OrgUnitId fromUnit, OrgUnitId toUnit, String reason,
                               List<String> missingItems) {
}
