package vn.thidua.api.proposal;

import vn.thidua.api.orgunit.OrgUnitId;

/** A proposal with its route hop by hop, for a viewer whose unit proposed it, holds it or handled it, or is above. */
public record ProposalTrackerQuery(OrgUnitId viewerUnit, ProposalId proposalId) {
}
