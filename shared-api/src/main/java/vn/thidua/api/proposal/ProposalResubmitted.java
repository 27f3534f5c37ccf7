package vn.thidua.api.proposal;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

import vn.thidua.api.orgunit.OrgUnitId;

/** {@code dueAt}: when the stay at {@code toUnit} ends (P6); null before revision 2. */
@Revision("2")
public record ProposalResubmitted(ProposalId proposalId, OrgUnitId fromUnit, OrgUnitId toUnit, List<DossierItem> dossier,
                                  CouncilVote vote, String remarks, Instant dueAt) {
}
