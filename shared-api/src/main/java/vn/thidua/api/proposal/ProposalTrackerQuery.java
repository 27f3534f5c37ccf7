package vn.thidua.api.proposal;

import vn.thidua.api.Viewer;

/** A proposal with its route hop by hop, for a viewer whose unit proposed it, holds it or handled it, or is above; or for an auditor. */
public record ProposalTrackerQuery(Viewer viewer, ProposalId proposalId) {
}
