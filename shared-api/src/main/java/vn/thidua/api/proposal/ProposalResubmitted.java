package vn.thidua.api.proposal;

import java.util.List;

import vn.thidua.api.orgunit.OrgUnitId;

public record ProposalResubmitted(ProposalId proposalId, OrgUnitId fromUnit, OrgUnitId toUnit, List<DossierItem> dossier,
                                  CouncilVote vote, String remarks) {
}
