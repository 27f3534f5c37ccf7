package vn.thidua.api.proposal;

import vn.thidua.api.orgunit.OrgUnitId;

/**
 * The proposals {@code unitId} sent up (submitted, forwarded or resubmitted) that are still under way elsewhere
 * (hộp thư đi), longest waiting first; the viewer is that unit or above it.
 */
public record UnitOutboxQuery(OrgUnitId viewerUnit, OrgUnitId unitId, int page, int size) {
}
